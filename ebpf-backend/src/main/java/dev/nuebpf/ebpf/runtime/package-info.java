/**
 * Live probes of one shell: {@link dev.nuebpf.ebpf.runtime.Probe} ties together the loaded object, its links and
 * its event reader; {@link dev.nuebpf.ebpf.runtime.ProbeRegistry} hands out ids and makes sure everything is
 * detached on {@code ebpf detach}, on errors while attaching, and when the shell exits (shutdown hook).
 */
package dev.nuebpf.ebpf.runtime;
