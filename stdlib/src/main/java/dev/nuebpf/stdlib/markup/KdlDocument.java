package dev.nuebpf.stdlib.markup;

import dev.nuebpf.runtime.Value;
import java.util.LinkedHashMap;
import java.util.List;

/** The parsed shape of a KDL document, before it becomes nu values (as node rows or as JSON-in-KDL). */
final class KdlDocument {
    private KdlDocument() {}

    /** A value with its optional {@code (type)} annotation; {@code bare} marks an unquoted identifier string. */
    record Entry(String type, Value value, boolean bare) {}

    record Node(String type, String name, List<Entry> args, LinkedHashMap<String, Entry> props, List<Node> children) {}
}
