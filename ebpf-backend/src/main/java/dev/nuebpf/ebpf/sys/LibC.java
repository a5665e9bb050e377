package dev.nuebpf.ebpf.sys;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** The libc functions we call. Errors surface as {@link LastErrorException} carrying errno. */
interface LibC extends Library {
    boolean PREPARED = JnaSetup.prepare();  // before INSTANCE: interface constants initialise in order
    LibC INSTANCE = Native.load(JnaSetup.libc(), LibC.class);

    long syscall(long number, long a1, long a2, long a3, long a4, long a5) throws LastErrorException;

    int ioctl(int fd, long request, long arg) throws LastErrorException;

    Pointer mmap(Pointer addr, long length, int prot, int flags, int fd, long offset) throws LastErrorException;

    int munmap(Pointer addr, long length) throws LastErrorException;

    int close(int fd) throws LastErrorException;

    int epoll_create1(int flags) throws LastErrorException;

    int epoll_ctl(int epfd, int op, int fd, Pointer event) throws LastErrorException;

    int epoll_wait(int epfd, Pointer events, int maxevents, int timeout) throws LastErrorException;

    int mount(String source, String target, String fstype, long flags, Pointer data) throws LastErrorException;

    int getrlimit(int resource, Pointer rlim) throws LastErrorException;

    int setrlimit(int resource, Pointer rlim) throws LastErrorException;

    int getpagesize();
}
