/** Markup and document formats (KDL, ...): readers and writers between text and nu values. */
package dev.nuebpf.stdlib.markup;
