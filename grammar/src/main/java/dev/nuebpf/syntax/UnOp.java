package dev.nuebpf.syntax;

public enum UnOp { NOT, NEG }
