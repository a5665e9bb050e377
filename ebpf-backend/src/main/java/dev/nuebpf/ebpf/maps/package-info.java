/** Live maps: handles over map fds with typed lookup, iteration and delete (specs are {@link dev.nuebpf.ebpf.load.MapDef}). */
package dev.nuebpf.ebpf.maps;
