package dev.nuebpf.truffle;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

/**
 * The Nushell Truffle language. {@code Context.newBuilder("nu").build().eval("nu", src)} evaluates src
 * in a fresh scope and returns interop values (records as members, lists as array elements).
 */
@TruffleLanguage.Registration(id = NuLanguage.ID, name = "Nushell", defaultMimeType = NuLanguage.MIME,
        characterMimeTypes = NuLanguage.MIME, contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE)
public final class NuLanguage extends TruffleLanguage<NuContext> {
    public static final String ID = "nu";
    public static final String MIME = "application/x-nushell";

    private static final LanguageReference<NuLanguage> REF = LanguageReference.create(NuLanguage.class);

    public static NuLanguage get(Node node) { return REF.get(node); }

    @Override protected NuContext createContext(Env env) { return new NuContext(this, env); }

    @Override protected CallTarget parse(ParsingRequest request) {
        Source src = request.getSource();
        dev.nuebpf.diag.Source ours = new dev.nuebpf.diag.Source(src.getName(), src.getCharacters().toString());
        SourceMap.register(ours, src);
        return new PolyglotEvalRoot(this, ours).getCallTarget();
    }

    @Override protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) { return true; }

    @Override protected Object getScope(NuContext context) { return null; }
}
