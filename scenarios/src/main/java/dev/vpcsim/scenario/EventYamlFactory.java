package dev.vpcsim.scenario;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;

import java.io.Reader;

/**
 * A Jackson YAML factory whose parsers also expose the SnakeYAML event behind the current token, for what Jackson
 * does not report itself: whether a scalar was quoted, and the anchor of a scalar. Configured with the loader's
 * limits (code points, string and number lengths); nesting, node counts and aliases are limited by
 * {@link YamlTreeReader}, because Jackson drives SnakeYAML's event parser, not the composer where SnakeYAML's own
 * alias and depth limits live.
 */
final class EventYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    private EventYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    /** A factory with the loader's limits. */
    static EventYamlFactory create() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Limits.MAX_FILE_BYTES);
        options.setNestingDepthLimit(Limits.MAX_DEPTH + 1);
        options.setMaxAliasesForCollections(50);
        options.setAllowDuplicateKeys(true); // YamlTreeReader reports duplicates itself, at the second key
        options.setAllowRecursiveKeys(false);
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(Limits.MAX_DEPTH + 8)
                .maxStringLength((int) Limits.MAX_FILE_BYTES)
                .maxNumberLength(1000)
                .maxDocumentLength(Limits.MAX_FILE_BYTES)
                .build();
        YAMLFactoryBuilder builder = YAMLFactory.builder().loaderOptions(options);
        builder.streamReadConstraints(constraints);
        return new EventYamlFactory(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) {
        return new EventParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
    }

    /** A YAML parser that exposes the SnakeYAML event of the current token. */
    static final class EventParser extends YAMLParser {
        EventParser(IOContext ctxt, int parserFeatures, int yamlFeatures, LoaderOptions options,
                    com.fasterxml.jackson.core.ObjectCodec codec, Reader reader) {
            super(ctxt, parserFeatures, yamlFeatures, options, codec, reader);
        }

        /** The event the current token was made from. */
        Event lastEvent() {
            return _lastEvent;
        }
    }
}
