// Names of provider-specific managed services, by provider. A component named
// after one ties the design to that provider, whether or not the platform
// catalog lists it as proprietary (Bedrock AgentCore, DynamoDB, Cosmos DB...).
export const PROVIDER_SERVICES: readonly { readonly provider: string; readonly pattern: RegExp }[] = [
  {
    provider: 'aws',
    pattern:
      /\b(AWS|Amazon|Bedrock|AgentCore|Lambda|DynamoDB|Aurora|Cognito|CloudWatch|CloudTrail|OpenSearch|SageMaker|Kendra|Textract|Comprehend|Step Functions|EventBridge|SQS|SNS|Kinesis|Fargate|ECS|EKS|S3|Secrets Manager|Route 53|Greengrass|IoT (?:Core|SiteWise))\b/,
  },
  {
    provider: 'azure',
    pattern: /\b(Azure|Entra|Cosmos ?DB|Key Vault|Log Analytics|Application Insights|Service Bus|Event Hubs?|AKS|Microsoft Fabric|Copilot Studio)\b/,
  },
  {
    provider: 'gcp',
    pattern:
      /\b(Google|Vertex|Gemini|GCP|BigQuery|Cloud Run|Cloud SQL|Cloud Functions|Firestore|Spanner|Pub\/Sub|GKE|Dataflow|Cloud Storage|Cloud Logging|Secret Manager|Document AI|Apigee)\b/,
  },
];
