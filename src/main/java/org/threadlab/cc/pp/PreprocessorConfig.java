package org.threadlab.cc.pp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to preprocess: the -I directories, the -D/-U options in command-line order, where files
 * come from, and the budgets. Build with {@link #builder()}; each setter checks its argument at once.
 */
public final class PreprocessorConfig {
    /** Maximum {@code #include} nesting, as gcc's 200. */
    public static final int DEFAULT_MAX_INCLUDE_DEPTH = 200;
    /** Maximum nesting of {@code #if} groups. */
    public static final int DEFAULT_MAX_IF_NESTING = 4096;
    /** Maximum number of tokens all macro expansions of one compile may produce. */
    public static final int DEFAULT_MAX_EXPANSION_TOKENS = 1_000_000;

    /** One -D or -U option: {@code value} null for -U. */
    public record MacroOption(String name, String value) {
    }

    private final List<Path> includeDirs;
    private final List<MacroOption> macroOptions;
    private final IncludeResolver resolver;
    private final int maxIncludeDepth;
    private final int maxIfNesting;
    private final int maxExpansionTokens;

    private PreprocessorConfig(Builder b) {
        this.includeDirs = List.copyOf(b.includeDirs);
        this.macroOptions = List.copyOf(b.macroOptions);
        this.resolver = b.resolver != null ? b.resolver : new SearchPathIncludeResolver(b.provider, includeDirs);
        this.maxIncludeDepth = b.maxIncludeDepth;
        this.maxIfNesting = b.maxIfNesting;
        this.maxExpansionTokens = b.maxExpansionTokens;
    }

    private PreprocessorConfig(PreprocessorConfig base, IncludeResolver resolver) {
        this.includeDirs = base.includeDirs;
        this.macroOptions = base.macroOptions;
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.maxIncludeDepth = base.maxIncludeDepth;
        this.maxIfNesting = base.maxIfNesting;
        this.maxExpansionTokens = base.maxExpansionTokens;
    }

    /** This configuration with {@code resolver} finding the included files instead. */
    public PreprocessorConfig withIncludeResolver(IncludeResolver resolver) {
        return new PreprocessorConfig(this, resolver);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Files from disk, no -I, -D or -U. */
    public static PreprocessorConfig defaults() {
        return builder().build();
    }

    public List<Path> includeDirs() {
        return includeDirs;
    }

    public List<MacroOption> macroOptions() {
        return macroOptions;
    }

    public IncludeResolver resolver() {
        return resolver;
    }

    public int maxIncludeDepth() {
        return maxIncludeDepth;
    }

    public int maxIfNesting() {
        return maxIfNesting;
    }

    public int maxExpansionTokens() {
        return maxExpansionTokens;
    }

    /** Builder; the default source provider is the file system. */
    public static final class Builder {
        private final List<Path> includeDirs = new ArrayList<>();
        private final List<MacroOption> macroOptions = new ArrayList<>();
        private SourceProvider provider = SourceProvider.fileSystem();
        private IncludeResolver resolver;
        private int maxIncludeDepth = DEFAULT_MAX_INCLUDE_DEPTH;
        private int maxIfNesting = DEFAULT_MAX_IF_NESTING;
        private int maxExpansionTokens = DEFAULT_MAX_EXPANSION_TOKENS;

        private Builder() {
        }

        /** -I dir: searched, in the order added, for quoted and angled includes. */
        public Builder includeDir(Path dir) {
            includeDirs.add(Objects.requireNonNull(dir, "dir"));
            return this;
        }

        /** -D name (defined as 1). */
        public Builder define(String name) {
            return define(name, "1");
        }

        /** -D name=value; value may be empty; the name may carry parameters, as in -D'SQ(x)=((x)*(x))'. */
        public Builder define(String name, String value) {
            macroOptions.add(new MacroOption(checkName(name), Objects.requireNonNull(value, "value")));
            return this;
        }

        /** -D option text as the command line gives it: "NAME" or "NAME=VALUE". */
        public Builder defineOption(String option) {
            int eq = option.indexOf('=');
            return eq < 0 ? define(option) : define(option.substring(0, eq), option.substring(eq + 1));
        }

        /** -U name. */
        public Builder undefine(String name) {
            if (Objects.requireNonNull(name, "name").contains("(")) {
                throw new IllegalArgumentException("-U takes a macro name without parameters: '" + name + "'");
            }
            macroOptions.add(new MacroOption(checkName(name), null));
            return this;
        }

        /** Where the program's files come from (ignored when a resolver is set). */
        public Builder sourceProvider(SourceProvider provider) {
            this.provider = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /** Replaces the gcc-like search order entirely. */
        public Builder includeResolver(IncludeResolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        public Builder maxIncludeDepth(int depth) {
            this.maxIncludeDepth = positive(depth, "maxIncludeDepth");
            return this;
        }

        public Builder maxIfNesting(int depth) {
            this.maxIfNesting = positive(depth, "maxIfNesting");
            return this;
        }

        public Builder maxExpansionTokens(int tokens) {
            this.maxExpansionTokens = positive(tokens, "maxExpansionTokens");
            return this;
        }

        public PreprocessorConfig build() {
            return new PreprocessorConfig(this);
        }

        private static int positive(int n, String what) {
            if (n <= 0) {
                throw new IllegalArgumentException(what + " must be positive: " + n);
            }
            return n;
        }

        private static String checkName(String name) {
            Objects.requireNonNull(name, "name");
            if (!name.matches("[A-Za-z_$][A-Za-z0-9_$]*(\\([A-Za-z0-9_$, .]*\\))?")) {
                throw new IllegalArgumentException("macro name must be an identifier (with parameters for -D): '"
                        + name + "'");
            }
            return name;
        }
    }
}
