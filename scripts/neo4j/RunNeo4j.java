// Runs a real Neo4j Community 5.26 DBMS (the neo4j-harness in-process builder) with a Bolt
// connector on 127.0.0.1, for the test suite and for development. Started by scripts/neo4j-local:
//
//   java <jvm flags> -cp 'LIB/*' scripts/neo4j/RunNeo4j.java PORT HOME_DIR
//
// (JEP 330 source launch: no compile step.) HOME_DIR becomes the DBMS home (HOME_DIR/data,
// HOME_DIR/logs/debug.log); it is NOT wiped on start or on stop, so data survives a restart. Prints
// "NEO4J READY bolt://127.0.0.1:PORT" once the DBMS is up, then blocks until SIGTERM/SIGINT; a
// shutdown hook shuts the DBMS down cleanly and prints "NEO4J STOPPED".

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

public class RunNeo4j {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: RunNeo4j PORT HOME_DIR");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path home = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(home);
        String host = "127.0.0.1";
        long t0 = System.nanoTime();
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("NEO4J STARTING (main() reached %.1f s after JVM start)%n",
                (System.currentTimeMillis() - jvmStart) / 1e3);
        System.out.flush();

        // The harness always runs in a fresh random (md5-named) sub-folder of the directory it is
        // given (newInProcessBuilder(Path) and withWorkingDir(Path) alike), makes it neo4j_home and
        // deletes it on close(), so by default nothing survives a restart. Setting neo4j_home
        // back to HOME puts data/ and logs/ in HOME, where they stay; only the user log
        // (neo4j.log) is written to HOME/run/<md5>/ and removed on a clean close.
        Neo4j neo4j;
        try {
            neo4j = Neo4jBuilders.newInProcessBuilder(home.resolve("run"))
                    .withConfig(GraphDatabaseSettings.neo4j_home, home)
                    .withDisabledServer() // no HTTP/HTTPS
                    .withConfig(GraphDatabaseSettings.udc_enabled, false) // no usage report to neo4j.com
                    .withConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    .withConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                    .withConfig(GraphDatabaseSettings.auth_enabled, false)
                    .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                    // Do not pre-allocate 2 x 256 MiB of transaction log files (neo4j + system db).
                    .withConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .withConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    // Netty's graceful-shutdown quiet period defaults to 5 s per event-loop group
                    // (10 s per stop); a dev/test server has nothing to drain.
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (Throwable e) {
            System.out.println("NEO4J FAILED " + e);
            e.printStackTrace();
            System.out.flush();
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEO4J STOPPING");
            System.out.flush();
            try {
                neo4j.close();
                System.out.println("NEO4J STOPPED");
            } catch (Throwable e) {
                System.out.println("NEO4J STOP FAILED " + e);
                e.printStackTrace();
            } finally {
                System.out.flush();
                stopped.countDown();
            }
        }, "neo4j-local-shutdown"));

        System.out.printf("NEO4J READY bolt://%s:%d (home %s, build %.1f s)%n",
                host, port, home, (System.nanoTime() - t0) / 1e9);
        System.out.flush();
        stopped.await(); // until the JVM is asked to exit (SIGTERM/SIGINT)
    }
}
