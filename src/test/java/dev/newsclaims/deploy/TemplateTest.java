package dev.newsclaims.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.newsclaims.handler.ApiHandler;
import dev.newsclaims.handler.S3ArticleHandler;
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
                .isEqualTo(handlerName(S3ArticleHandler.class));
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
        assertThat(routes).containsExactlyInAnyOrder("POST /summaries", "GET /summaries/{id}", "GET /speakers/{name}/claims");
        assertThat(resources.at("/HttpApi/Properties/Auth/DefaultAuthorizer").asText()).isEqualTo("AWS_IAM");
        assertThat(resources.at("/HttpApi/Properties/DefaultRouteSettings/ThrottlingRateLimit").isMissingNode()).isFalse();
    }

    @Test
    void theS3FunctionIsTriggeredByTheBucketItOnlyReads() {
        JsonNode event = resources.at("/ArticleFunction/Properties/Events/ArticleUploaded");
        assertThat(event.get("Type").asText()).isEqualTo("S3");
        assertThat(event.at("/Properties/Bucket/Ref").asText()).isEqualTo("ArticlesBucket");
        List<String> s3Events = new ArrayList<>();
        event.at("/Properties/Events").forEach(e -> s3Events.add(e.asText()));
        assertThat(s3Events).containsExactlyInAnyOrder("s3:ObjectCreated:*", "s3:ObjectRemoved:*");
        List<String> actions = new ArrayList<>();
        for (String function : List.of("ArticleFunction", "ApiFunction")) {
            resources.at("/" + function + "/Properties/Policies").findValues("Action")
                    .forEach(a -> a.forEach(x -> actions.add(x.asText())));
        }
        assertThat(actions).noneMatch(a -> a.startsWith("s3:Put") || a.startsWith("s3:Delete") || a.equals("s3:*"));
        assertThat(actions).noneMatch(a -> a.endsWith(":*"));
        assertThat(resources.at("/ArticleFunction/Properties/EventInvokeConfig/DestinationConfig/OnFailure/Type").asText())
                .isEqualTo("SQS");
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

    /** The store deletes the index items and summaries of replaced and removed articles. */
    @Test
    void theS3FunctionMayDoEveryDynamoDbCallTheStoreMakes() {
        List<String> dynamo = new ArrayList<>();
        statements("ArticleFunction").forEach(st -> actions(st).stream().filter(a -> a.startsWith("dynamodb:"))
                .forEach(dynamo::add));
        assertThat(dynamo).containsExactlyInAnyOrder("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem",
                "dynamodb:BatchWriteItem");
    }

    @Test
    void theApiFunctionAnswersWithinApiGatewaysLimit() {
        assertThat(resources.at("/ApiFunction/Properties/Timeout").asInt()).isPositive().isLessThanOrEqualTo(29);
    }

    @Test
    void eachFunctionHasALogGroupWithARetention() {
        for (String function : List.of("ArticleFunction", "ApiFunction")) {
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
    void theSampleEventsFitTheTemplate() {
        JsonNode s3 = Events.json("s3-put.json").at("/Records/0");
        assertThat(s3.get("eventName").asText()).startsWith("ObjectCreated");
        Set<String> routeKeys = new HashSet<>();
        for (String api : List.of("api-post-summary.json", "api-get-summary.json", "api-get-speaker-claims.json")) {
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
