package org.parley.rules.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.parley.rules.ValidationSession;
import org.parley.rules.Validator;
import org.parley.rules.Validators;
import org.parley.rules.kafka.BadEventException;
import org.parley.rules.kafka.EventCodec;
import org.parley.rules.kafka.ExchangeEvent;
import org.parley.rules.kafka.ParleyStreamsConfig;
import org.parley.rules.kafka.ParleyTopology;
import org.parley.rules.model.Agreement;
import org.parley.rules.model.ExchangeRecord;

/**
 * Events per second through one instance of the ready topology, in Kafka Streams'
 * TopologyTestDriver (one task, a RocksDB store, exactly-once), against a baseline in the
 * same run: the same events decoded and applied to plain validation sessions, each followed
 * by {@code changes()}. The events state {@code agreements} agreements of
 * {@code detainees} detainees each ({@link LargeRecords}), interleaved one event of each in
 * turn. Prints one line per run, three runs each, after a warm-up.
 */
public final class StreamThroughput {

    private StreamThroughput() {
    }

    /**
     * Runs the measurement.
     *
     * @param args detainees per agreement (default 1000), agreements (default 10), open sessions per task (default 256)
     * @throws Exception if the state directory cannot be made
     */
    public static void main(String[] args) throws Exception {
        int detainees = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int agreements = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 256;
        Validator validator = Validators.newValidator();
        EventCodec codec = new EventCodec();
        List<String[]> events = events(codec, detainees, agreements);
        System.out.printf("%,d agreements of %,d detainees: %,d events, at most %d open sessions per task%n",
                agreements, detainees, events.size(), sessions);
        for (int run = 0; run < 4; run++) {
            long stream = throughStream(validator, events, sessions);
            long plain = throughSessions(validator, codec, events, agreements);
            if (run > 0) {
                System.out.printf("run %d: topology %,.0f events/s, plain sessions %,.0f events/s: %.2fx the time%n", run,
                        events.size() * 1e9 / stream, events.size() * 1e9 / plain, (double) stream / plain);
            }
        }
    }

    private static List<String[]> events(EventCodec codec, int detainees, int agreements) {
        List<List<String[]>> perAgreement = new ArrayList<>();
        for (int a = 0; a < agreements; a++) {
            ExchangeRecord record = LargeRecords.record(detainees);
            Agreement base = record.agreement();
            String id = base.id() + "-" + a;
            Agreement agreement = new Agreement(id, base.title(), base.signedOn(), base.parties(), base.timeZone(),
                    base.asOf(), base.terms());
            List<String[]> stream = new ArrayList<>();
            stream.add(new String[] {id, codec.encode(new ExchangeEvent.AgreementStated(agreement))});
            record.detainees().forEach(d -> stream.add(new String[] {id, codec.encode(new ExchangeEvent.DetaineeAdded(d))}));
            record.lists().forEach(l -> stream.add(new String[] {id, codec.encode(new ExchangeEvent.ListAdded(l))}));
            record.batches().forEach(b -> stream.add(new String[] {id, codec.encode(new ExchangeEvent.BatchAdded(b))}));
            record.remains().forEach(r -> stream.add(new String[] {id, codec.encode(new ExchangeEvent.RemainsAdded(r))}));
            perAgreement.add(stream);
        }
        List<String[]> interleaved = new ArrayList<>();
        int longest = perAgreement.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<String[]> stream : perAgreement) {
                if (i < stream.size()) {
                    interleaved.add(stream.get(i));
                }
            }
        }
        return interleaved;
    }

    private static long throughStream(Validator validator, List<String[]> events, int sessions) throws Exception {
        Path state = Files.createTempDirectory("parley-throughput");
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "parley-throughput");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        properties.put(ParleyStreamsConfig.MAX_SESSIONS, Integer.toString(sessions));
        ParleyStreamsConfig config = new ParleyStreamsConfig(properties);
        try (TopologyTestDriver driver = new TopologyTestDriver(ParleyTopology.build(config, validator),
                config.streamsProperties())) {
            TestInputTopic<String, byte[]> input = driver.createInputTopic(config.eventsTopic(), new StringSerializer(),
                    new ByteArraySerializer());
            long start = System.nanoTime();
            for (String[] event : events) {
                input.pipeInput(event[0], event[1].getBytes(StandardCharsets.UTF_8));
            }
            return System.nanoTime() - start;
        } finally {
            try (Stream<Path> files = Files.walk(state)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long throughSessions(Validator validator, EventCodec codec, List<String[]> events, int agreements)
            throws BadEventException {
        java.util.Map<String, ValidationSession> open = new java.util.HashMap<>(agreements * 2);
        long start = System.nanoTime();
        for (String[] event : events) {
            ExchangeEvent decoded = codec.decode(event[1].getBytes(StandardCharsets.UTF_8));
            if (decoded instanceof ExchangeEvent.AgreementStated stated) {
                open.put(event[0], validator.openSession(stated.agreement()));
            } else {
                ValidationSession session = open.get(event[0]);
                if (decoded instanceof ExchangeEvent.DetaineeAdded e) {
                    session.add(e.detainee());
                } else if (decoded instanceof ExchangeEvent.ListAdded e) {
                    session.add(e.list());
                } else if (decoded instanceof ExchangeEvent.BatchAdded e) {
                    session.add(e.batch());
                } else if (decoded instanceof ExchangeEvent.RemainsAdded e) {
                    session.add(e.remains());
                }
            }
            open.get(event[0]).changes();
        }
        long time = System.nanoTime() - start;
        open.values().forEach(ValidationSession::close);
        return time;
    }
}
