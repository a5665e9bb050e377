package dev.nuebpf.command;

/** Command categories as {@code help commands} groups them. */
public enum Category {
    CORE, FILTERS, MATH, STRINGS, CONVERSIONS, FORMATS, PATH, DATE, FILESYSTEM, ENV, SYSTEM, DEBUG, EBPF, SHELLS, MISC;

    public String label() { return name().toLowerCase(); }
}
