package org.parley.rules.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.parley.rules.json.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dead letters: the record that could not be used, key and value as they came, with headers
 * that say why ({@value #REASON}) and where it came from ({@value #TOPIC}, {@value #PARTITION},
 * {@value #OFFSET}).
 *
 * <p>As a Kafka Streams exception handler (deserialization, processing and production),
 * it sends the source record of any failure to the topic of
 * {@link StreamsConfig#ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG} and lets the stream go
 * on, so that one bad record never stops it; {@link ParleyStreamsConfig} installs it for all
 * three.
 */
public final class DeadLetters implements DeserializationExceptionHandler, ProcessingExceptionHandler,
        ProductionExceptionHandler {

    /** The header with the reason, in UTF-8. */
    public static final String REASON = "parley.dead-letter.reason";
    /** The header with the topic the record came from. */
    public static final String TOPIC = "parley.dead-letter.topic";
    /** The header with the partition the record came from, in decimal. */
    public static final String PARTITION = "parley.dead-letter.partition";
    /** The header with the offset of the record, in decimal. */
    public static final String OFFSET = "parley.dead-letter.offset";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private String topic = ParleyStreamsConfig.DEFAULT_DEAD_LETTERS_TOPIC;

    /** Creates the handler; Kafka Streams configures it. */
    public DeadLetters() {
    }

    /**
     * Reads the dead-letter topic from {@link StreamsConfig#ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG}.
     *
     * @param configs the configuration of the application
     */
    @Override
    public void configure(Map<String, ?> configs) {
        Object configured = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (configured != null && !configured.toString().isBlank()) {
            topic = configured.toString();
        }
    }

    /**
     * Sends a record that could not be deserialized to the dead letters, and goes on.
     *
     * @param context   where the record came from
     * @param record    the record
     * @param exception what went wrong
     * @return resume, with the dead letter
     */
    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
            ConsumerRecord<byte[], byte[]> record, Exception exception) {
        return DeserializationExceptionHandler.Response.resume(List.of(
                letter(context, "the record could not be deserialized: " + exception)));
    }

    /**
     * Sends the source record of an event whose processing failed to the dead letters, and goes on.
     *
     * @param context   where the record came from
     * @param record    the record as the failing processor saw it
     * @param exception what went wrong
     * @return resume, with the dead letter
     */
    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
            Exception exception) {
        return ProcessingExceptionHandler.Response.resume(List.of(
                letter(context, "the event could not be processed: " + exception)));
    }

    /**
     * Sends the source record of an output that could not be produced to the dead letters, and goes on.
     *
     * @param context   where the source record came from
     * @param record    the output record
     * @param exception what went wrong
     * @return resume, with the dead letter
     */
    @Override
    public ProductionExceptionHandler.Response handleError(ErrorHandlerContext context,
            ProducerRecord<byte[], byte[]> record, Exception exception) {
        return ProductionExceptionHandler.Response.resume(List.of(
                letter(context, "the output to " + record.topic() + " could not be produced: " + exception)));
    }

    /**
     * Sends the source record of an output that could not be serialized to the dead letters, and goes on.
     *
     * @param context   where the source record came from
     * @param record    the output record
     * @param exception what went wrong
     * @param origin    whether the key or the value failed
     * @return resume, with the dead letter
     */
    @Override
    @SuppressWarnings("rawtypes")
    public ProductionExceptionHandler.Response handleSerializationError(ErrorHandlerContext context,
            ProducerRecord record, Exception exception, SerializationExceptionOrigin origin) {
        return ProductionExceptionHandler.Response.resume(List.of(
                letter(context, "the output to " + record.topic() + " could not be serialized: " + exception)));
    }

    private ProducerRecord<byte[], byte[]> letter(ErrorHandlerContext context, String cause) {
        // The cause's text may carry what a record held: one line, every invisible character escaped.
        String reason = Text.printable(cause);
        LOG.warn("dead letter from {}-{}@{}: {}", context.topic(), context.partition(), context.offset(), reason);
        Headers headers = new RecordHeaders(context.headers() == null ? new Header[0] : context.headers().toArray());
        describe(headers, reason, context.topic(), context.partition(), context.offset());
        return new ProducerRecord<>(topic, null, context.sourceRawKey(), context.sourceRawValue(), headers);
    }

    /** Adds the reason and the source of a dead letter to its headers. */
    static void describe(Headers headers, String reason, Optional<RecordMetadata> source) {
        describe(headers, reason, source.map(RecordMetadata::topic).orElse(""),
                source.map(RecordMetadata::partition).orElse(-1), source.map(RecordMetadata::offset).orElse(-1L));
    }

    private static void describe(Headers headers, String reason, String topic, int partition, long offset) {
        headers.remove(REASON).remove(TOPIC).remove(PARTITION).remove(OFFSET);
        headers.add(REASON, reason.getBytes(StandardCharsets.UTF_8));
        headers.add(TOPIC, String.valueOf(topic).getBytes(StandardCharsets.UTF_8));
        headers.add(PARTITION, Integer.toString(partition).getBytes(StandardCharsets.UTF_8));
        headers.add(OFFSET, Long.toString(offset).getBytes(StandardCharsets.UTF_8));
    }
}
