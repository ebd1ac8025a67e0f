import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates the project's topics and their dead-letter topics on the local broker before the services
 * start, so no consumer races a producer's auto-creation (and misses the first records).
 * Run in source-file mode: java -cp <broker classpath> CreateTopics.java host:port partitions topic...
 */
public class CreateTopics {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int partitions = Integer.parseInt(args[1]);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60000))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                for (String name : List.of(args[i], args[i] + ".dlq")) {
                    if (!existing.contains(name)) {
                        missing.add(new NewTopic(name, partitions, (short) 1));
                    }
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
            System.out.println("topics ready (" + missing.size() + " created)");
        }
    }
}
