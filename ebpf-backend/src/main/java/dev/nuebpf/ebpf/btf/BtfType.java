package dev.nuebpf.ebpf.btf;

import java.util.List;

/**
 * One BTF type as written/read. {@code sizeOrType} is the size (INT, STRUCT, DATASEC) or the referenced type id
 * (PTR, FUNC, FUNC_PROTO return, VAR); {@code vlen} counts members/params/vars, and for FUNC it is the linkage.
 * {@code extra} holds INT's encoding word, VAR's linkage, or ARRAY's {@code [elemType, indexType, nelems]}.
 */
public record BtfType(BtfKind kind, String name, int vlen, int sizeOrType, int[] extra, List<Member> members) {

    /** A struct member (offset in bits), function parameter (offset unused) or datasec entry (type, offset, size). */
    public record Member(String name, int type, int offset, int size) {}

    public BtfType {
        members = List.copyOf(members);
    }
}
