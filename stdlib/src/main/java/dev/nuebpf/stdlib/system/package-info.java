/** File-system commands (ls, cd, open, save, cp, mv, rm, ...) and {@code which}; paths resolve against $env.PWD. */
package dev.nuebpf.stdlib.system;
