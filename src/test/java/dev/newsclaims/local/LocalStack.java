package dev.newsclaims.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The local run's services and function processes, started together: S3Proxy, dynalite and ElasticMQ,
 * one watched article-function process per concurrent batch of the queue's event source mapping and one
 * watched API-function process, each on its own Runtime API endpoint, and API Gateway on localhost.
 * {@link #start} returns once every function process has registered, or says on the console which did
 * not and why (the last lines of its log).
 */
public final class LocalStack implements AutoCloseable {

    /** How long a function process may take to start (a loaded laptop: JIT, class loading, other builds). */
    static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    /**
     * Where the stack keeps its data and listens. Ports 0 take free ones. {@code taskRoot}: where the
     * zip is unzipped; {@code runtimeJars}: the runtime interface client's jars (target/lambda-runtime).
     */
    public record Settings(Path functionZip, Path taskRoot, Path runtimeJars, Path data, int apiPort, int s3Port,
            int dynamoPort, int sqsPort, int batchSize, int concurrency, Duration apiTimeout, PrintStream console) {}

    private final List<AutoCloseable> opened = new ArrayList<>();
    private LocalAws aws;
    private LocalSqs queue;
    private SqsClient sqs;
    private final List<WatchedFunction> articleFunctions = new ArrayList<>();
    private WatchedFunction apiFunction;
    private LocalApiGateway api;
    private boolean whole;

    private LocalStack() {}

    public static LocalStack start(Settings settings) throws Exception {
        LocalStack stack = new LocalStack();
        try {
            stack.startAll(settings);
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    private void startAll(Settings s) throws Exception {
        aws = LocalAws.start(s.data().resolve("s3"), s.s3Port(), s.data().resolve("dynamodb"), s.dynamoPort());
        opened.add(aws);
        queue = aws.startQueue(s.sqsPort(), LocalRun.VISIBILITY_TIMEOUT_SECONDS, LocalRun.MAX_RECEIVE_COUNT);
        sqs = queue.client();
        opened.add(sqs);
        Path taskRoot = FunctionProcess.unzip(s.functionZip(), s.taskRoot());
        LambdaRuntimeApi queueRuntime = new LambdaRuntimeApi();
        opened.add(queueRuntime);
        LambdaRuntimeApi apiRuntime = new LambdaRuntimeApi();
        opened.add(apiRuntime);

        Map<String, String> articleEnv = new HashMap<>(aws.functionEnvironment());
        articleEnv.put("QUARKUS_LAMBDA_HANDLER", "sqs");
        Map<String, String> apiEnv = new HashMap<>(aws.functionEnvironment());
        apiEnv.put("QUARKUS_LAMBDA_HANDLER", "api");
        List<WatchedFunction> all = new ArrayList<>();
        for (int i = 0; i < s.concurrency(); i++) {
            articleFunctions.add(watch(queueRuntime.environment("article function " + i), articleEnv, taskRoot, s,
                    s.data().resolve("article-function-" + i + ".log")));
        }
        all.addAll(articleFunctions);
        apiFunction = watch(apiRuntime.environment("API function"), apiEnv, taskRoot, s, s.data().resolve("api-function.log"));
        all.add(apiFunction);
        for (WatchedFunction f : all) {
            f.start();
        }

        EventSourceMapping mapping = new EventSourceMapping(sqs, queue.queueUrl(), s.batchSize(), Duration.ofSeconds(1),
                s.concurrency(), event -> {
                    LambdaRuntimeApi.Result result = queueRuntime.invoke(event, Duration.ofMinutes(2));
                    if (result.error()) {
                        s.console().println("The article function failed (its messages come back after the visibility timeout): "
                                + result.body());
                        throw new IllegalStateException(result.body());
                    }
                    return result.body();
                }).start();
        opened.add(mapping);
        api = new LocalApiGateway(apiRuntime, s.apiPort(), s.apiTimeout());
        opened.add(api);

        whole = true;
        for (WatchedFunction f : all) {
            if (!f.awaitUp(START_TIMEOUT)) {
                whole = false;
                s.console().printf("%nThe %s has not started within %d s (it is started again whenever it exits). Last lines of %s:%n%s%n",
                        f.name(), START_TIMEOUT.toSeconds(), f.log(), WatchedFunction.tail(f.log(), WatchedFunction.LOG_LINES));
            }
        }
    }

    private WatchedFunction watch(LambdaRuntimeApi.Environment endpoint, Map<String, String> env, Path taskRoot, Settings s,
            Path log) {
        WatchedFunction function = new WatchedFunction(endpoint,
                (runtimeApi, logFile) -> FunctionProcess.start(taskRoot, s.runtimeJars(), runtimeApi, env, List.of(), logFile),
                log, s.console());
        opened.add(function);
        return function;
    }

    /** Whether every function process registered within {@link #START_TIMEOUT} of the start. */
    public boolean whole() {
        return whole;
    }

    public LocalAws aws() {
        return aws;
    }

    public LocalSqs queue() {
        return queue;
    }

    public SqsClient sqs() {
        return sqs;
    }

    public List<WatchedFunction> articleFunctions() {
        return articleFunctions;
    }

    public WatchedFunction apiFunction() {
        return apiFunction;
    }

    public int apiPort() {
        return api.port();
    }

    /** Stops everything, the last started first. */
    @Override
    public void close() {
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                // stopping anyway
            }
        }
        opened.clear(); // the queue is closed with LocalAws
    }
}
