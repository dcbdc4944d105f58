package dev.newsclaims.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.newsclaims.handler.ApiHandler;
import dev.newsclaims.handler.BatchOperationsHandler;
import dev.newsclaims.handler.SqsArticleHandler;
import dev.newsclaims.local.Events;
import dev.newsclaims.local.FunctionProcess;
import dev.newsclaims.local.LocalPaths;
import dev.newsclaims.store.SummaryStore;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SAM template, checked offline against the code it deploys. */
class TemplateTest {

    private static JsonNode template;
    private static JsonNode resources;

    @BeforeAll
    static void read() throws Exception {
        template = new ObjectMapper(new YAMLFactory()).readTree(LocalPaths.projectRoot().resolve("template.yaml").toFile());
        resources = template.get("Resources");
    }

    private static String handlerName(Class<?> handler) {
        return handler.getAnnotation(Named.class).value();
    }

    @Test
    void bothFunctionsRunTheZipWithTheirHandler() {
        JsonNode globals = template.at("/Globals/Function");
        assertThat(globals.get("CodeUri").asText()).isEqualTo("target/function.zip");
        assertThat(globals.get("Handler").asText()).isEqualTo(FunctionProcess.HANDLER);
        assertThat(globals.get("Runtime").asText()).isEqualTo("java21");
        assertThat(resources.at("/ArticleFunction/Properties/Environment/Variables/QUARKUS_LAMBDA_HANDLER").asText())
                .isEqualTo(handlerName(SqsArticleHandler.class));
        assertThat(resources.at("/BatchOperationsFunction/Properties/Environment/Variables/QUARKUS_LAMBDA_HANDLER").asText())
                .isEqualTo(handlerName(BatchOperationsHandler.class));
        assertThat(resources.at("/ApiFunction/Properties/Environment/Variables/QUARKUS_LAMBDA_HANDLER").asText())
                .isEqualTo(handlerName(ApiHandler.class));
        assertThat(globals.at("/Environment/Variables/NEWSCLAIMS_TABLE/Ref").asText()).isEqualTo("SummariesTable");
    }

    @Test
    void theApiRoutesAreTheOnesTheHandlerServes() {
        Set<String> routes = new HashSet<>();
        resources.at("/ApiFunction/Properties/Events").forEach(e -> {
            assertThat(e.get("Type").asText()).isEqualTo("HttpApi");
            routes.add(e.at("/Properties/Method").asText() + " " + e.at("/Properties/Path").asText());
        });
        assertThat(routes).containsExactlyInAnyOrder("POST /summaries", "GET /summaries/{id}", "GET /speakers",
                "GET /speakers/{name}/claims", "GET /quotes", "GET /quotes/{id}", "GET /summaries/{id}/text", "GET /",
                "GET /page/{file}");
        assertThat(resources.at("/HttpApi/Properties/Auth/DefaultAuthorizer").asText()).isEqualTo("AWS_IAM");
        assertThat(resources.at("/HttpApi/Properties/DefaultRouteSettings/ThrottlingRateLimit").isMissingNode()).isFalse();
    }

    @Test
    void theArticleFunctionDrainsTheQueueAndOnlyReadsTheBucket() {
        JsonNode event = resources.at("/ArticleFunction/Properties/Events/ArticleEvents");
        assertThat(event.get("Type").asText()).isEqualTo("SQS");
        assertThat(event.at("/Properties/Queue/Fn::GetAtt/0").asText()).isEqualTo("ArticleEventsQueue");
        assertThat(event.at("/Properties/FunctionResponseTypes")).extracting(JsonNode::asText).containsExactly("ReportBatchItemFailures");
        assertThat(parameterOf(event.at("/Properties/ScalingConfig/MaximumConcurrency")).get("MinValue").asInt())
                .as("Lambda's lowest maximum concurrency").isEqualTo(2);
        assertThat(parameterOf(event.at("/Properties/BatchSize")).get("Default").asInt()).isBetween(1, 10);
        assertThat(parameterOf(event.at("/Properties/MaximumBatchingWindowInSeconds")).get("MaxValue").asInt()).isEqualTo(300);
        assertThat(resources.at("/ArticleFunction/Properties/Events")).hasSize(1);
        List<String> actions = new ArrayList<>();
        for (String function : List.of("ArticleFunction", "ApiFunction", "BatchOperationsFunction")) {
            resources.at("/" + function + "/Properties/Policies").findValues("Action")
                    .forEach(a -> a.forEach(x -> actions.add(x.asText())));
        }
        assertThat(actions).noneMatch(a -> a.startsWith("s3:Put") || a.startsWith("s3:Delete") || a.equals("s3:*"));
        assertThat(actions).noneMatch(a -> a.endsWith(":*"));
    }

    @Test
    void theBucketNotifiesTheQueueWhichDeadLettersAfterAFewReceives() {
        JsonNode notifications = resources.at("/ArticlesBucket/Properties/NotificationConfiguration/QueueConfigurations");
        Set<String> events = new HashSet<>();
        notifications.forEach(n -> {
            assertThat(n.at("/Queue/Fn::GetAtt/0").asText()).isEqualTo("ArticleEventsQueue");
            events.add(n.get("Event").asText());
        });
        // Removals too: a deleted article's summary and claims leave the table and the speaker index.
        assertThat(events).containsExactlyInAnyOrder("s3:ObjectCreated:*", "s3:ObjectRemoved:*");
        assertThat(resources.at("/ArticlesBucket/Properties/NotificationConfiguration/LambdaConfigurations").isMissingNode())
                .as("no direct trigger beside the queue").isTrue();

        JsonNode queue = resources.at("/ArticleEventsQueue/Properties");
        int functionTimeout = resources.at("/ArticleFunction/Properties/Timeout").asInt(template.at("/Globals/Function/Timeout").asInt());
        assertThat(functionTimeout).isPositive();
        assertThat(queue.get("VisibilityTimeout").asInt()).isGreaterThanOrEqualTo(6 * functionTimeout);
        assertThat(queue.at("/RedrivePolicy/deadLetterTargetArn/Fn::GetAtt/0").asText()).isEqualTo("ArticleEventsDeadLetterQueue");
        JsonNode maxReceive = parameterOf(queue.at("/RedrivePolicy/maxReceiveCount"));
        assertThat(maxReceive.get("Default").asInt()).isBetween(2, 5);
        assertThat(resources.at("/ArticleEventsDeadLetterQueue/Properties/MessageRetentionPeriod").asInt())
                .isGreaterThanOrEqualTo(queue.get("MessageRetentionPeriod").asInt());
    }

    @Test
    void onlyTheArticlesBucketMaySendToTheQueueAndThereIsNoCycle() {
        JsonNode statement = resources.at("/ArticleEventsQueuePolicy/Properties/PolicyDocument/Statement/0");
        assertThat(statement.at("/Principal/Service").asText()).isEqualTo("s3.amazonaws.com");
        assertThat(statement.get("Action").asText()).isEqualTo("sqs:SendMessage");
        String sourceArn = statement.at("/Condition/ArnEquals/aws:SourceArn/Fn::Sub").asText();
        String bucketName = resources.at("/ArticlesBucket/Properties/BucketName/Fn::Sub").asText();
        assertThat(sourceArn).isEqualTo("arn:${AWS::Partition}:s3:::" + bucketName);
        // The policy names the bucket by its fixed name: a Ref would make bucket → policy → bucket.
        JsonNode policy = resources.get("ArticleEventsQueuePolicy");
        List<String> references = new ArrayList<>();
        policy.findValues("Ref").forEach(r -> references.add(r.asText()));
        policy.findValues("Fn::GetAtt").forEach(g -> references.add(g.get(0).asText()));
        policy.findValues("Fn::Sub").forEach(sub -> references.add(sub.asText()));
        assertThat(references).isNotEmpty().noneMatch(r -> r.contains("ArticlesBucket"));
        assertThat(resources.at("/ArticlesBucket/DependsOn").asText()).isEqualTo("ArticleEventsQueuePolicy");
    }

    @Test
    void batchOperationsMayInvokeOnlyItsFunction() {
        JsonNode role = resources.at("/BatchOperationsRole/Properties");
        assertThat(role.at("/AssumeRolePolicyDocument/Statement/0/Principal/Service").asText())
                .isEqualTo("batchoperations.s3.amazonaws.com");
        JsonNode statement = role.at("/Policies/0/PolicyDocument/Statement/0");
        assertThat(statement.get("Action").asText()).isEqualTo("lambda:InvokeFunction");
        assertThat(statement.get("Resource").toString()).contains("BatchOperationsFunction").doesNotContain("ArticleFunction");
    }

    private static JsonNode parameterOf(JsonNode refNode) {
        String name = refNode.path("Ref").asText();
        JsonNode parameter = template.at("/Parameters/" + name);
        assertThat(parameter.isMissingNode()).as("a template parameter: %s", refNode).isFalse();
        return parameter;
    }

    private static List<JsonNode> statements(String function) {
        List<JsonNode> statements = new ArrayList<>();
        resources.at("/" + function + "/Properties/Policies").forEach(p -> p.path("Statement").forEach(statements::add));
        return statements;
    }

    private static List<String> actions(JsonNode statement) {
        List<String> actions = new ArrayList<>();
        statement.get("Action").forEach(a -> actions.add(a.asText()));
        return actions;
    }

    /** S3 answers a missing object with 403 unless the reader may list the bucket: not_found must be true in AWS. */
    @Test
    void theS3FunctionMayListTheBucketSoThatAMissingObjectIsNotFound() {
        JsonNode list = statements("ArticleFunction").stream().filter(st -> actions(st).contains("s3:ListBucket"))
                .findFirst().orElseThrow();
        assertThat(list.at("/Resource/Fn::Sub").asText()).as("the bucket itself, not its objects")
                .isEqualTo("arn:${AWS::Partition}:s3:::${AWS::StackName}-articles-${AWS::AccountId}");
        assertThat(template.at("/Resources/ArticlesBucket/Properties/BucketName/Fn::Sub").asText())
                .isEqualTo("${AWS::StackName}-articles-${AWS::AccountId}");
    }

    /** The store deletes the index items and summaries of replaced and removed articles, and recounts speakers (Query). */
    @Test
    void theS3FunctionMayDoEveryDynamoDbCallTheStoreMakes() {
        for (String function : List.of("ArticleFunction", "BatchOperationsFunction")) {
            List<String> dynamo = new ArrayList<>();
            statements(function).forEach(st -> actions(st).stream().filter(a -> a.startsWith("dynamodb:"))
                    .forEach(dynamo::add));
            assertThat(dynamo).as(function).containsExactlyInAnyOrder("dynamodb:GetItem", "dynamodb:PutItem",
                    "dynamodb:DeleteItem", "dynamodb:BatchWriteItem", "dynamodb:Query");
            assertThat(statements(function).stream().anyMatch(st -> actions(st).contains("s3:ListBucket"))).as(function).isTrue();
        }
    }

    @Test
    void theApiFunctionAnswersWithinApiGatewaysLimit() {
        assertThat(resources.at("/ApiFunction/Properties/Timeout").asInt()).isPositive().isLessThanOrEqualTo(29);
    }

    @Test
    void eachFunctionHasALogGroupWithARetention() {
        List<String> functions = new ArrayList<>();
        resources.fields().forEachRemaining(r -> {
            if (r.getValue().path("Type").asText().equals("AWS::Serverless::Function")) {
                functions.add(r.getKey());
            }
        });
        assertThat(functions).hasSize(3);
        for (String function : functions) {
            JsonNode group = null;
            for (JsonNode resource : resources) {
                if (resource.path("Type").asText().equals("AWS::Logs::LogGroup")
                        && resource.at("/Properties/LogGroupName/Fn::Sub").asText().equals("/aws/lambda/${" + function + "}")) {
                    group = resource;
                }
            }
            assertThat(group).as("log group of %s", function).isNotNull();
            assertThat(group.at("/Properties/RetentionInDays/Ref").asText()).isEqualTo("LogRetentionDays");
        }
        assertThat(template.at("/Parameters/LogRetentionDays/Default").asInt()).isPositive();
    }

    @Test
    void theBucketIsPrivateEncryptedAndTlsOnly() {
        JsonNode bucket = resources.at("/ArticlesBucket/Properties");
        bucket.get("PublicAccessBlockConfiguration").forEach(flag -> assertThat(flag.asBoolean()).isTrue());
        assertThat(bucket.get("PublicAccessBlockConfiguration")).hasSize(4);
        assertThat(bucket.at("/BucketEncryption/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault/SSEAlgorithm")
                .asText()).isNotBlank();
        assertThat(resources.at("/ArticlesBucketPolicy/Properties/PolicyDocument/Statement/0/Condition/Bool/aws:SecureTransport")
                .asText()).isEqualTo("false");
    }

    @Test
    void theTableMatchesTheStoreAndKeepsBackups() {
        JsonNode table = resources.at("/SummariesTable/Properties");
        var definition = SummaryStore.tableDefinition("t");
        assertThat(table.get("BillingMode").asText()).isEqualTo(definition.billingModeAsString());
        for (int i = 0; i < definition.keySchema().size(); i++) {
            assertThat(table.at("/KeySchema/" + i + "/AttributeName").asText())
                    .isEqualTo(definition.keySchema().get(i).attributeName());
            assertThat(table.at("/KeySchema/" + i + "/KeyType").asText())
                    .isEqualTo(definition.keySchema().get(i).keyTypeAsString());
        }
        assertThat(table.at("/PointInTimeRecoverySpecification/PointInTimeRecoveryEnabled").asBoolean()).isTrue();
        assertThat(table.get("GlobalSecondaryIndexes")).as("the store queries no secondary index").isNull();
        assertThat(definition.globalSecondaryIndexes()).isEmpty();
        assertThat(table.at("/TimeToLiveSpecification/AttributeName").asText()).isEqualTo(SummaryStore.TIME_TO_LIVE_ATTRIBUTE);
        assertThat(table.at("/TimeToLiveSpecification/Enabled").asBoolean()).isTrue();
    }

    @Test
    void everyReferenceNamesAResourceOrParameter() {
        Set<String> names = new HashSet<>();
        resources.fieldNames().forEachRemaining(names::add);
        template.get("Parameters").fieldNames().forEachRemaining(names::add);
        List<String> refs = new ArrayList<>();
        template.findValues("Ref").forEach(r -> refs.add(r.asText()));
        template.findValues("Fn::GetAtt").forEach(g -> refs.add(g.get(0).asText()));
        Pattern sub = Pattern.compile("\\$\\{([A-Za-z0-9]+)[}.]");
        template.findValues("Fn::Sub").forEach(s -> {
            Matcher m = sub.matcher(s.asText());
            while (m.find()) {
                refs.add(m.group(1));
            }
        });
        assertThat(refs).isNotEmpty().allMatch(names::contains);
    }

    @Test
    void theSampleEventsFitTheTemplate() throws Exception {
        JsonNode s3 = Events.json("s3-put.json").at("/Records/0");
        assertThat(s3.get("eventName").asText()).startsWith("ObjectCreated");
        JsonNode queued = new ObjectMapper().readTree(Events.json("sqs-s3-put.json").at("/Records/0/body").asText());
        assertThat(queued).as("the queued sample carries the S3 sample").isEqualTo(Events.json("s3-put.json"));
        assertThat(Events.json("s3-batch-operations.json").at("/tasks/0/s3Key").asText()).isEqualTo(s3.at("/s3/object/key").asText());
        Set<String> routeKeys = new HashSet<>();
        for (String api : List.of("api-post-summary.json", "api-get-summary.json", "api-get-speakers.json",
                "api-get-speaker-claims.json", "api-get-quotes.json", "api-get-quote.json", "api-get-summary-text.json",
                "api-get-page.json", "api-get-page-file.json")) {
            routeKeys.add(Events.json(api).get("routeKey").asText());
        }
        Set<String> routes = new HashSet<>();
        resources.at("/ApiFunction/Properties/Events")
                .forEach(e -> routes.add(e.at("/Properties/Method").asText() + " " + e.at("/Properties/Path").asText()));
        assertThat(routeKeys).isEqualTo(routes);
    }

    @Test
    void theSamEnvVarsFileOverridesDeclaredVariablesOfRealFunctions() throws Exception {
        JsonNode envVars = new ObjectMapper().readTree(LocalPaths.events().resolve("local-env.json").toFile());
        Set<String> declared = new HashSet<>();
        template.at("/Globals/Function/Environment/Variables").fieldNames().forEachRemaining(declared::add);
        envVars.fieldNames().forEachRemaining(function -> {
            assertThat(resources.has(function)).as("function %s", function).isTrue();
            // SAM CLI passes only variables the template declares; credentials reach `sam local` from
            // the AWS CLI's profile or environment instead (README), so none belong in this file.
            envVars.get(function).fieldNames().forEachRemaining(variable -> assertThat(declared.contains(variable))
                    .as("variable %s", variable).isTrue());
        });
    }
}
