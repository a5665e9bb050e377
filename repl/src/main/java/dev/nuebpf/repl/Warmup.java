package dev.nuebpf.repl;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.NodeClass;

/**
 * Start-up work that does not depend on the input, done on a second thread while the main one builds the
 * command registry: Truffle's runtime and its reflection over node fields (annotation parsing makes a proxy
 * class per annotation type, ~10 ms in a fresh JVM). Whatever is not finished when the main thread needs it,
 * the main thread waits for or does itself; nothing here has effects beyond class initialisation.
 */
final class Warmup {
    private Warmup() {}

    static void start() {
        Thread t = new Thread(Warmup::run, "nu-ebpf warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            Truffle.getRuntime();
            NodeClass.get(dev.nuebpf.truffle.nodes.call.FunctionRootNode.class);
            NodeClass.get(dev.nuebpf.truffle.nodes.control.BlockNode.class);
            NodeClass.get(dev.nuebpf.truffle.nodes.pipeline.PipelineNode.class);
        } catch (Throwable ignored) {
            // only a head start: the main thread does the same work when it gets there
        }
    }
}
