package org.parley.rules.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class DeadLettersTests {

    private static final byte[] KEY = "ag-1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VALUE = "{\"type\":".getBytes(StandardCharsets.UTF_8);

    private static ErrorHandlerContext source() {
        Headers headers = new RecordHeaders().add("trace", "t-1".getBytes(StandardCharsets.UTF_8));
        return new ErrorHandlerContext() {
            @Override public String topic() { return "parley-events"; }
            @Override public int partition() { return 3; }
            @Override public long offset() { return 42; }
            @Override public Headers headers() { return headers; }
            @Override public String processorNodeId() { return ParleyTopology.SOURCE; }
            @Override public TaskId taskId() { return new TaskId(0, 3); }
            @Override public long timestamp() { return 0; }
            @Override public byte[] sourceRawKey() { return KEY; }
            @Override public byte[] sourceRawValue() { return VALUE; }
        };
    }

    private static String header(ProducerRecord<byte[], byte[]> letter, String name) {
        return new String(letter.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void recordThatCannotBeDeserialized_goesToTheConfiguredTopicAsItCame_andTheStreamGoesOn() {
        DeadLetters handler = new DeadLetters();
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "dlq"));
        DeserializationExceptionHandler.Response response = handler.handleError(source(),
                new ConsumerRecord<>("parley-events", 3, 42, KEY, VALUE), new SerializationException("bad bytes"));
        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        List<ProducerRecord<byte[], byte[]>> letters = response.deadLetterQueueRecords();
        assertThat(letters).hasSize(1);
        ProducerRecord<byte[], byte[]> letter = letters.get(0);
        assertThat(letter.topic()).isEqualTo("dlq");
        assertThat(letter.key()).isEqualTo(KEY);
        assertThat(letter.value()).isEqualTo(VALUE);
        assertThat(header(letter, DeadLetters.REASON)).isEqualTo(
                "the record could not be deserialized: org.apache.kafka.common.errors.SerializationException: bad bytes");
        assertThat(header(letter, DeadLetters.TOPIC)).isEqualTo("parley-events");
        assertThat(header(letter, DeadLetters.PARTITION)).isEqualTo("3");
        assertThat(header(letter, DeadLetters.OFFSET)).isEqualTo("42");
        assertThat(header(letter, "trace")).isEqualTo("t-1");
    }

    @Test
    void outputThatCannotBeProduced_sendsItsSourceEventToTheDeadLetters_andTheStreamGoesOn() {
        DeadLetters handler = new DeadLetters();
        handler.configure(Map.of());
        ProductionExceptionHandler.Response response = handler.handleError(source(),
                new ProducerRecord<>("parley-reports", KEY, new byte[10]), new RecordTooLargeException("too large"));
        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        ProducerRecord<byte[], byte[]> letter = response.deadLetterQueueRecords().get(0);
        assertThat(letter.topic()).isEqualTo("parley-dead-letters");
        assertThat(letter.value()).isEqualTo(VALUE);
        assertThat(header(letter, DeadLetters.REASON)).isEqualTo("the output to parley-reports could not be produced: "
                + "org.apache.kafka.common.errors.RecordTooLargeException: too large");
    }

    /** The cause's text is written into a header and a log line: escaped, it cannot break or turn them. */
    @Test
    void theReasonOfAFailure_isOneLineWithItsInvisibleCharactersEscaped() {
        DeadLetters handler = new DeadLetters();
        handler.configure(Map.of());
        DeserializationExceptionHandler.Response response = handler.handleError(source(),
                new ConsumerRecord<>("parley-events", 3, 42, KEY, VALUE),
                new SerializationException("bad\nthe record was fine \u202eboth\u001b[2J"));
        assertThat(header(response.deadLetterQueueRecords().get(0), DeadLetters.REASON)).isEqualTo(
                "the record could not be deserialized: org.apache.kafka.common.errors.SerializationException: "
                        + "bad\\u000athe record was fine \\u202eboth\\u001b[2J");
    }
}
