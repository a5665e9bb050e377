package dev.nuebpf.ebpf.load;

/**
 * Reads a libbpf-style BTF map definition: a VAR of an anonymous struct whose {@code type},
 * {@code max_entries}, {@code map_flags}, {@code key_size}, {@code value_size} members are pointers to arrays
 * whose length is the value, and whose {@code key}/{@code value} members point at the key/value types.
 */
final class MapDefinitions {
    private MapDefinitions() {}

    static MapDef fromBtf(Btf btf, int varId) {
        Btf.Type var = btf.type(varId);
        if (var.kind() != Btf.VAR) throw new ObjectFormatException(".maps: entry " + varId + " is not a variable");
        Btf.Type def = btf.skipModifiers(var.sizeOrType());
        if (def.kind() != Btf.STRUCT) throw new ObjectFormatException(".maps: '" + var.name() + "' is not a struct");
        int type = 0, keySize = 0, valueSize = 0, max = 0, flags = 0, keyType = 0, valueType = 0;
        for (Btf.Member m : def.members()) {
            switch (m.name()) {
                case "type" -> type = arrayLen(btf, m, var);
                case "max_entries" -> max = arrayLen(btf, m, var);
                case "map_flags" -> flags = arrayLen(btf, m, var);
                case "key_size" -> keySize = arrayLen(btf, m, var);
                case "value_size" -> valueSize = arrayLen(btf, m, var);
                case "key" -> { keyType = pointee(btf, m, var); keySize = (int) btf.sizeOf(keyType); }
                case "value" -> { valueType = pointee(btf, m, var); valueSize = (int) btf.sizeOf(valueType); }
                default -> { }
            }
        }
        return new MapDef(var.name(), type, keySize, valueSize, max, flags, keyType, valueType);
    }

    private static int pointee(Btf btf, Btf.Member m, Btf.Type var) {
        Btf.Type p = btf.skipModifiers(m.type());
        if (p.kind() != Btf.PTR) throw new ObjectFormatException(".maps: '" + var.name() + "." + m.name() + "' must be a pointer");
        return p.sizeOrType();
    }

    private static int arrayLen(Btf btf, Btf.Member m, Btf.Type var) {
        Btf.Type a = btf.skipModifiers(pointee(btf, m, var));
        if (a.kind() != Btf.ARRAY) throw new ObjectFormatException(".maps: '" + var.name() + "." + m.name() + "' must point to an array");
        return a.arrayLen();
    }
}
