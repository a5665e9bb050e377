/** Type conversions: the {@code into *} commands and {@code format date/duration/filesize}. */
package dev.nuebpf.stdlib.conversions;
