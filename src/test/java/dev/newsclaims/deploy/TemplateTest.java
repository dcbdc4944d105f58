package dev.newsclaims.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
        assertThat(globals.get("Runtime").asText()).isEqualTo("java25");
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
        assertThat(new HashSet<>(definedRoutes())).as("every route's authorisation is in the definition").isEqualTo(routes);
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
        // AWS::StackName, AWS::NoValue…: CloudFormation's pseudo parameters.
        assertThat(refs).isNotEmpty().allMatch(r -> names.contains(r) || r.startsWith("AWS::"));
        List<String> conditions = new ArrayList<>();
        // Textual only: a policy statement's Condition is a block of its own.
        template.findValues("Condition").stream().filter(JsonNode::isTextual).forEach(c -> conditions.add(c.asText()));
        template.findValues("Fn::If").forEach(f -> conditions.add(f.get(0).asText()));
        assertThat(conditions).isNotEmpty().allMatch(template.get("Conditions")::has);
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

    // ---- The API's authorisation: IAM (default) or COGNITO, chosen by conditions -----------------------

    private static final List<String> PAGE_ROUTES = List.of("GET /", "GET /page/{file}");
    private static final List<String> COGNITO_RESOURCES = List.of("UserPool", "UserPoolDomain", "ApiResourceServer",
            "PagePoolClient", "MachinePoolClient");

    /** "METHOD /path" of every operation in the HTTP API's definition. */
    private static List<String> definedRoutes() {
        List<String> routes = new ArrayList<>();
        resources.at("/HttpApi/Properties/DefinitionBody/paths").fields().forEachRemaining(path -> path.getValue()
                .fieldNames().forEachRemaining(method -> routes.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
        return routes;
    }

    /** The template's conditions evaluated with these parameter values (defaults for the rest). */
    private static Map<String, Boolean> conditions(Map<String, String> parameters) {
        Map<String, String> values = new HashMap<>();
        template.get("Parameters").fields().forEachRemaining(p -> values.put(p.getKey(), p.getValue().path("Default").asText()));
        values.putAll(parameters);
        Map<String, Boolean> result = new HashMap<>();
        template.get("Conditions").fieldNames().forEachRemaining(name -> result.put(name, condition(name, values)));
        return result;
    }

    private static boolean condition(String name, Map<String, String> values) {
        return evaluate(template.at("/Conditions/" + name), values);
    }

    private static boolean evaluate(JsonNode node, Map<String, String> values) {
        var field = node.fields().next();
        JsonNode args = field.getValue();
        return switch (field.getKey()) {
            case "Fn::Equals" -> scalar(args.get(0), values).equals(scalar(args.get(1), values));
            case "Fn::Not" -> !evaluate(args.get(0), values);
            case "Fn::And" -> {
                boolean all = true;
                for (JsonNode a : args) {
                    all &= evaluate(a, values);
                }
                yield all;
            }
            case "Condition" -> condition(args.asText(), values);
            default -> throw new AssertionError("condition function not evaluated here: " + field.getKey());
        };
    }

    private static String scalar(JsonNode node, Map<String, String> values) {
        return node.has("Ref") ? values.get(node.get("Ref").asText()) : node.asText();
    }

    /** The node as CloudFormation sees it under these conditions: Fn::If chosen, AWS::NoValue removed (null). */
    private static JsonNode resolve(JsonNode node, Map<String, Boolean> conditions) {
        if (node.isObject() && node.size() == 1 && node.has("Fn::If")) {
            JsonNode args = node.get("Fn::If");
            Boolean holds = conditions.get(args.get(0).asText());
            assertThat(holds).as("condition %s", args.get(0)).isNotNull();
            return resolve(args.get(holds ? 1 : 2), conditions);
        }
        if (node.isObject() && node.size() == 1 && node.path("Ref").asText().equals("AWS::NoValue")) {
            return null;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(f -> {
                JsonNode value = resolve(f.getValue(), conditions);
                if (value != null) {
                    copy.set(f.getKey(), value);
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(v -> {
                JsonNode value = resolve(v, conditions);
                if (value != null) {
                    copy.add(value);
                }
            });
            return copy;
        }
        return node;
    }

    /** The resources CloudFormation creates under these conditions, resolved. */
    private static Map<String, JsonNode> deployed(Map<String, Boolean> conditions) {
        Map<String, JsonNode> deployed = new HashMap<>();
        resources.fields().forEachRemaining(r -> {
            JsonNode condition = r.getValue().get("Condition");
            if (condition == null || conditions.get(condition.asText())) {
                deployed.put(r.getKey(), resolve(r.getValue(), conditions));
            }
        });
        return deployed;
    }

    /** Each route's security requirement under these conditions ("" where the route has none). */
    private static Map<String, String> routeSecurity(Map<String, JsonNode> deployed) {
        Map<String, String> security = new HashMap<>();
        deployed.get("HttpApi").at("/Properties/DefinitionBody/paths").fields().forEachRemaining(path -> path.getValue()
                .fields().forEachRemaining(method -> security.put(method.getKey().toUpperCase(java.util.Locale.ROOT) + " "
                        + path.getKey(), method.getValue().has("security") ? method.getValue().get("security").toString() : "")));
        return security;
    }

    @Test
    void theDefaultIsIamOnEveryRouteWithNothingOfCognito() {
        JsonNode parameter = template.at("/Parameters/ApiAuthorization");
        assertThat(parameter.get("Default").asText()).isEqualTo("IAM");
        assertThat(parameter.get("AllowedValues")).extracting(JsonNode::asText).containsExactly("IAM", "COGNITO");

        Map<String, JsonNode> deployed = deployed(conditions(Map.of()));

        assertThat(deployed).doesNotContainKeys(COGNITO_RESOURCES.toArray(String[]::new));
        Map<String, String> security = routeSecurity(deployed);
        assertThat(security).hasSize(9).allSatisfy((route, requirement) ->
                assertThat(requirement).as(route).isEqualTo("[{\"AWS_IAM\":[]}]"));
        JsonNode schemes = deployed.get("HttpApi").at("/Properties/DefinitionBody/components/securitySchemes");
        assertThat(schemes.fieldNames()).toIterable().containsExactly("AWS_IAM");
        assertThat(schemes.at("/AWS_IAM/x-amazon-apigateway-authtype").asText()).isEqualTo("awsSigv4");
        assertThat(deployed.get("HttpApi").at("/Properties/Auth").isMissingNode()).as("no second source of authorisation").isTrue();
        Iterator<String> variables = deployed.get("ApiFunction").at("/Properties/Environment/Variables").fieldNames();
        assertThat(variables).toIterable().containsExactly("QUARKUS_LAMBDA_HANDLER");
        template.get("Outputs").fields().forEachRemaining(o -> assertThat(o.getValue().toString().contains("Pool")
                && !o.getValue().has("Condition")).as(o.getKey()).isFalse());
    }

    @Test
    void cognitoPutsTheJwtAuthorizerOnEveryApiRouteAndLeavesOnlyThePageFilesOpen() {
        Map<String, JsonNode> deployed = deployed(conditions(Map.of("ApiAuthorization", "COGNITO",
                "PageUrl", "https://api.example/")));

        Map<String, String> security = routeSecurity(deployed);
        List<String> open = new ArrayList<>();
        security.forEach((route, requirement) -> {
            if (requirement.isEmpty()) {
                open.add(route);
            } else {
                assertThat(requirement).as(route).isEqualTo("[{\"CognitoAuthorizer\":[\"newsclaims/api\"]}]");
            }
        });
        assertThat(open).as("reachable without a token").containsExactlyInAnyOrderElementsOf(PAGE_ROUTES);
        assertThat(security).hasSize(9);

        JsonNode authorizer = deployed.get("HttpApi")
                .at("/Properties/DefinitionBody/components/securitySchemes/CognitoAuthorizer/x-amazon-apigateway-authorizer");
        assertThat(authorizer.get("type").asText()).isEqualTo("jwt");
        assertThat(authorizer.get("identitySource").asText()).isEqualTo("$request.header.Authorization");
        assertThat(authorizer.at("/jwtConfiguration/issuer/Fn::GetAtt").toString()).isEqualTo("[\"UserPool\",\"ProviderURL\"]");
        assertThat(authorizer.at("/jwtConfiguration/audience").findValuesAsText("Ref"))
                .containsExactlyInAnyOrder("MachinePoolClient", "PagePoolClient");
        assertThat(deployed.get("HttpApi").at("/Properties/DefinitionBody/components/securitySchemes").size()).isEqualTo(1);
    }

    @Test
    void cognitoHasAPoolWithHostedSignInAPkcePageClientAndAClientCredentialsClient() {
        Map<String, JsonNode> deployed = deployed(conditions(Map.of("ApiAuthorization", "COGNITO",
                "PageUrl", "https://api.example/")));
        assertThat(deployed).containsKeys(COGNITO_RESOURCES.toArray(String[]::new));

        assertThat(deployed.get("UserPool").at("/Properties/AdminCreateUserConfig/AllowAdminCreateUserOnly").asBoolean())
                .as("nobody signs up").isTrue();
        assertThat(deployed.get("UserPoolDomain").at("/Properties/UserPoolId/Ref").asText()).isEqualTo("UserPool");
        JsonNode server = deployed.get("ApiResourceServer").get("Properties");
        String scope = server.get("Identifier").asText() + "/" + server.at("/Scopes/0/ScopeName").asText();
        assertThat(scope).isEqualTo("newsclaims/api");

        JsonNode page = deployed.get("PagePoolClient").get("Properties");
        assertThat(page.get("GenerateSecret").asBoolean()).as("a browser keeps no secret").isFalse();
        assertThat(page.get("AllowedOAuthFlows")).extracting(JsonNode::asText).containsExactly("code");
        assertThat(page.get("AllowedOAuthScopes")).extracting(JsonNode::asText).contains(scope);
        assertThat(page.at("/CallbackURLs/0/Ref").asText()).isEqualTo("PageUrl");
        assertThat(page.get("AllowedOAuthFlowsUserPoolClient").asBoolean()).isTrue();

        JsonNode machine = deployed.get("MachinePoolClient").get("Properties");
        assertThat(machine.get("GenerateSecret").asBoolean()).isTrue();
        assertThat(machine.get("AllowedOAuthFlows")).extracting(JsonNode::asText).containsExactly("client_credentials");
        assertThat(machine.get("AllowedOAuthScopes")).extracting(JsonNode::asText).containsExactly(scope);
        for (String client : List.of("PagePoolClient", "MachinePoolClient")) {
            assertThat(deployed.get(client).get("DependsOn").asText()).as("the scope exists first").isEqualTo("ApiResourceServer");
        }

        // The page learns its sign-in from these (PageSignIn), and asks for the scope the routes require.
        JsonNode variables = deployed.get("ApiFunction").at("/Properties/Environment/Variables");
        assertThat(variables.at("/NEWSCLAIMS_AUTH_CLIENT_ID/Ref").asText()).isEqualTo("PagePoolClient");
        assertThat(variables.at("/NEWSCLAIMS_AUTH_REDIRECT_URI/Ref").asText()).isEqualTo("PageUrl");
        assertThat(variables.at("/NEWSCLAIMS_AUTH_URL/Fn::Sub").asText()).contains("${UserPoolDomain}");
        assertThat(variables.get("NEWSCLAIMS_AUTH_SCOPE").asText().split(" ")).contains(scope);
    }

    @Test
    void cognitoWithoutAPageUrlHasTheMachineClientAndNoPageSignIn() {
        Map<String, JsonNode> deployed = deployed(conditions(Map.of("ApiAuthorization", "COGNITO")));
        assertThat(deployed).containsKey("MachinePoolClient").doesNotContainKey("PagePoolClient");
        assertThat(deployed.get("ApiFunction").at("/Properties/Environment/Variables").fieldNames()).toIterable()
                .containsExactly("QUARKUS_LAMBDA_HANDLER");
        JsonNode audience = deployed.get("HttpApi").at(
                "/Properties/DefinitionBody/components/securitySchemes/CognitoAuthorizer/x-amazon-apigateway-authorizer/jwtConfiguration/audience");
        assertThat(audience.findValuesAsText("Ref")).containsExactly("MachinePoolClient");
        assertThat(routeSecurity(deployed).values()).filteredOn(String::isEmpty).hasSize(PAGE_ROUTES.size());
    }
}
