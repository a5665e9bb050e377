package dev.nuebpf.stdlib.strings;

import dev.nuebpf.command.Command;
import dev.nuebpf.command.CommandProvider;
import java.util.ArrayList;
import java.util.List;

/** Registers the strings commands (one class per command in this package). */
public final class StringCommands implements CommandProvider {
    @Override public List<Command> commands() {
        List<Command> out = new ArrayList<>(List.of(
                new StrUppercaseCommand("str uppercase"), new StrUppercaseCommand("str upcase"),
                new StrLowercaseCommand("str lowercase"), new StrLowercaseCommand("str downcase"),
                new StrCapitalizeCommand(), new StrReverseCommand(), new StrTrimCommand(),
                new StrLengthCommand(), new StrContainsCommand(), new StrStartsWithCommand(), new StrEndsWithCommand(),
                new StrIndexOfCommand(), new StrSubstringCommand(), new StrReplaceCommand(),
                new StrJoinCommand(), new SplitRowCommand(), new SplitColumnCommand(), new SplitCharsCommand(),
                new SplitWordsCommand(), new LinesCommand(), new ParseCommand(),
                new StrCaseCommand(CaseStyle.CAMEL), new StrCaseCommand(CaseStyle.PASCAL), new StrCaseCommand(CaseStyle.SNAKE),
                new StrCaseCommand(CaseStyle.KEBAB), new StrCaseCommand(CaseStyle.SCREAMING_SNAKE), new StrCaseCommand(CaseStyle.TITLE),
                new StrEscapeRegexCommand(), new StrDistanceCommand(), new StrStatsCommand(), new StrExpandCommand(),
                new CharCommand(), new FillCommand(), new FormatPatternCommand(), new DetectColumnsCommand(),
                new EncodeCommand(), new DecodeCommand(), new AnsiStripCommand(), new AnsiCommand(), new AnsiLinkCommand(), new SeqCharCommand(),
                new FormatBitsCommand(), new FormatNumberCommand(), new DetectTypeCommand()));
        for (Codec c : Codec.values()) {
            out.add(new EncodeBaseCommand(c));
            out.add(new DecodeBaseCommand(c));
        }
        return out;
    }
}
