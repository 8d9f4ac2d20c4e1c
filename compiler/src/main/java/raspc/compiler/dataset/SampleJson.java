package raspc.compiler.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Lines form of a sample, readable from Python with json.loads:
 * {"input":["§","h","b"],"target":["§","b","h"],"attention":[{"layer":0,"head":0,"rows":["100","101","100"]}]}
 * ("attention" only for variants with attention targets).
 */
public final class SampleJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SampleJson() {}

    public static String toLine(Sample sample) {
        StringWriter out = new StringWriter(64 + 4 * sample.input().size());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            writeTokens(g, "input", sample.input());
            writeTokens(g, "target", sample.target());
            if (!sample.attention().isEmpty()) {
                g.writeArrayFieldStart("attention");
                for (HeadTarget h : sample.attention()) {
                    g.writeStartObject();
                    g.writeNumberField("layer", h.layer());
                    g.writeNumberField("head", h.head());
                    g.writeArrayFieldStart("rows");
                    for (String row : h.rows()) {
                        g.writeString(row);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static Sample fromLine(String line) {
        try {
            JsonNode node = MAPPER.readTree(line);
            List<HeadTarget> heads = new ArrayList<>();
            JsonNode attention = node.get("attention");
            if (attention != null) {
                for (JsonNode h : attention) {
                    List<String> rows = new ArrayList<>();
                    h.get("rows").forEach(r -> rows.add(r.asText()));
                    heads.add(HeadTarget.fromRows(h.get("layer").asInt(), h.get("head").asInt(), rows));
                }
            }
            return new Sample(tokens(node.get("input")), tokens(node.get("target")), heads);
        } catch (IOException | NullPointerException e) {
            throw new IllegalArgumentException("not a raspc sample line: " + abbreviate(line), e);
        }
    }

    private static void writeTokens(JsonGenerator g, String field, List<String> tokens) throws IOException {
        g.writeArrayFieldStart(field);
        for (String t : tokens) {
            g.writeString(t);
        }
        g.writeEndArray();
    }

    private static List<String> tokens(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(t -> out.add(t.asText()));
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
