package dev.nuebpf.stdlib.core;

import dev.nuebpf.command.Call;
import dev.nuebpf.runtime.PipelineData;
import dev.nuebpf.runtime.Record;
import dev.nuebpf.runtime.Value;
import dev.nuebpf.stdlib.common.CellPathOps;
import dev.nuebpf.stdlib.common.Inputs;
import java.util.Iterator;

/**
 * What is-empty and is-not-empty share: the input is empty (null, "", [], {}), or, given columns, every
 * row has null in all of them (for columns, only null counts as empty, as in nu).
 */
final class Emptiness {
    private Emptiness() {}

    static boolean isEmpty(Call call, PipelineData input) {
        if (call.rest().isEmpty()) {
            if (Inputs.isListLike(input) && !(input instanceof PipelineData.Single)) return !input.iterator().hasNext();
            return Inputs.isEmptyValue(input.collect());
        }
        Iterator<Value> rows = input.iterator();
        while (rows.hasNext()) {
            Value row = rows.next();
            for (int k = 0; k < call.rest().size(); k++) {
                Value v = row instanceof Record || row instanceof Value.ListV
                        ? CellPathOps.follow(row, CellPathOps.members(call.rest().get(k), call.restSpans().get(k)), Inputs.span(input), false, false)
                        : row;
                if (v != Value.NOTHING) return false;
            }
        }
        return true;
    }
}
