package org.newsstream.schemas;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent's wire format: byte 0 is the magic byte 0, bytes 1-4 the schema id (big-endian int),
 * the rest the Avro binary encoding of the datum.
 */
public final class WireFormat {
    private WireFormat() {}

    public static final byte MAGIC_BYTE = 0x0;
    public static final int HEADER_SIZE = 5;

    public static byte[] frame(int schemaId, byte[] avroBinary) {
        return ByteBuffer.allocate(HEADER_SIZE + avroBinary.length)
                .put(MAGIC_BYTE).putInt(schemaId).put(avroBinary).array();
    }

    /** Writes the 5-byte header (magic byte, schema id) to a stream the Avro body follows in. */
    public static void writeHeader(java.io.ByteArrayOutputStream out, int schemaId) {
        out.write(MAGIC_BYTE);
        out.write(schemaId >>> 24);
        out.write(schemaId >>> 16);
        out.write(schemaId >>> 8);
        out.write(schemaId);
    }

    /** Schema id of a framed record; fails with a reason when the bytes are not in the wire format. */
    public static int schemaId(String topic, byte[] data) {
        if (data.length < HEADER_SIZE) {
            throw new SerializationException("Topic " + topic + ": record of " + data.length
                    + " bytes is too short for Confluent's wire format (5-byte header)");
        }
        if (data[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "Topic %s: unknown magic byte 0x%02x (expected 0x00): not Confluent Avro wire format", topic, data[0]));
        }
        return ByteBuffer.wrap(data, 1, 4).getInt();
    }
}
