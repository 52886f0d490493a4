package org.newsstream.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.Schema;

/**
 * Plain JSON view of Avro records for people and scripts: field names as in the schema, unions
 * unwrapped (Avro's own JSON encoding wraps them), timestamps as ISO-8601, bytes as base64.
 */
public final class AvroJson {
    private AvroJson() {}

    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    public static ObjectNode toJson(GenericRecord record) {
        ObjectNode o = F.objectNode();
        for (Schema.Field f : record.getSchema().getFields()) {
            o.set(f.name(), value(f.schema(), record.get(f.pos())));
        }
        return o;
    }

    private static JsonNode value(Schema schema, Object v) {
        if (v == null) {
            return F.nullNode();
        }
        if (schema.getType() == Schema.Type.UNION) {
            for (Schema s : schema.getTypes()) {
                if (s.getType() != Schema.Type.NULL) {
                    return value(s, v);
                }
            }
        }
        if (v instanceof GenericRecord r) {
            return toJson(r);
        }
        if (v instanceof Instant i) {
            return F.textNode(i.toString());
        }
        if (schema.getType() == Schema.Type.LONG && v instanceof Long l
                && schema.getLogicalType() != null && schema.getLogicalType().getName().startsWith("timestamp-millis")) {
            return F.textNode(Instant.ofEpochMilli(l).toString());
        }
        if (v instanceof ByteBuffer b) {
            ByteBuffer dup = b.duplicate();
            byte[] bytes = new byte[dup.remaining()];
            dup.get(bytes);
            return F.textNode(Base64.getEncoder().encodeToString(bytes));
        }
        if (v instanceof Collection<?> c) {
            ArrayNode a = F.arrayNode();
            for (Object e : c) {
                a.add(value(schema.getElementType(), e));
            }
            return a;
        }
        if (v instanceof Map<?, ?> m) {
            ObjectNode o = F.objectNode();
            m.forEach((k, e) -> o.set(k.toString(), value(schema.getValueType(), e)));
            return o;
        }
        if (v instanceof Integer i) return F.numberNode(i);
        if (v instanceof Long l) return F.numberNode(l);
        if (v instanceof Double d) return F.numberNode(d);
        if (v instanceof Float fl) return F.numberNode(fl);
        if (v instanceof Boolean b) return F.booleanNode(b);
        return F.textNode(v.toString());
    }
}
