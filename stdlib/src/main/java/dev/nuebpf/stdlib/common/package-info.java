/**
 * Helpers shared by the stdlib commands: calling closures the way Nushell does, following and
 * rewriting cell paths, reading pipeline input, and the shell errors filters raise. Kept here so that
 * each command class stays small and all commands agree on these behaviours.
 */
package dev.nuebpf.stdlib.common;
