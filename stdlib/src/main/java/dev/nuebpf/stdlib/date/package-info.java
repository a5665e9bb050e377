/** The {@code date} commands and the strftime implementation shared with {@code format date} / {@code into datetime}. */
package dev.nuebpf.stdlib.date;
