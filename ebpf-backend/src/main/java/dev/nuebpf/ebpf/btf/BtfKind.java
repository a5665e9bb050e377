package dev.nuebpf.ebpf.btf;

/** BTF type kinds (the {@code BTF_KIND_*} numbers). */
public enum BtfKind {
    UNKN(0), INT(1), PTR(2), ARRAY(3), STRUCT(4), UNION(5), ENUM(6), FWD(7), TYPEDEF(8), VOLATILE(9), CONST(10),
    RESTRICT(11), FUNC(12), FUNC_PROTO(13), VAR(14), DATASEC(15);

    public final int id;

    BtfKind(int id) { this.id = id; }

    public static BtfKind of(int id) {
        for (BtfKind k : values()) if (k.id == id) return k;
        throw new IllegalArgumentException("unknown BTF kind " + id);
    }
}
