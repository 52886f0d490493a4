package org.newsstream.schemas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class WireFormatTest {
    @Test
    void framesWithMagicByteAndBigEndianId() {
        byte[] framed = WireFormat.frame(0x01020304, new byte[] {7, 8});
        assertArrayEquals(new byte[] {0, 1, 2, 3, 4, 7, 8}, framed);
        assertEquals(0x01020304, WireFormat.schemaId("t", framed));
    }

    @Test
    void rejectsAnUnknownMagicByteNamingTheTopic() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> WireFormat.schemaId("news", "{\"a\":1}".getBytes()));
        assertTrue(e.getMessage().contains("news") && e.getMessage().contains("magic byte 0x7b"), e.getMessage());
    }

    @Test
    void rejectsATooShortRecord() {
        SerializationException e = assertThrows(SerializationException.class, () -> WireFormat.schemaId("news", new byte[] {0, 0}));
        assertTrue(e.getMessage().contains("too short"), e.getMessage());
    }
}
