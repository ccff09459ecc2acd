// The icon each component is drawn with on the reference and network
// diagrams: the product's own logo where a freely licensed one exists (the
// SVG Logos set, CC0), otherwise a generic icon for its kind (Material Design
// Icons, Apache-2.0). Every name here is a string literal: scripts/gen-icons.mjs
// reads them out of this file and bundles only those icons.
import type { Component } from '../../spec/types.js';
import type { Provider } from './placement.js';
import type { Kind } from './zones.js';

/** The generic icon of each component kind. */
export const KIND_ICON: Readonly<Record<Kind, string>> = {
  user: 'mdi:account-group',
  external: 'mdi:domain',
  'api-gateway': 'mdi:api',
  'load-balancer': 'mdi:scale-balance',
  waf: 'mdi:wall-fire',
  cdn: 'mdi:web',
  network: 'mdi:lan',
  compute: 'mdi:server',
  orchestrator: 'mdi:sitemap',
  worker: 'mdi:cogs',
  queue: 'mdi:tray-full',
  'ai-model': 'mdi:brain',
  'vector-db': 'mdi:database-search',
  database: 'mdi:database',
  cache: 'mdi:flash',
  storage: 'mdi:folder-multiple',
  identity: 'mdi:account-key',
  secrets: 'mdi:key-chain',
  monitoring: 'mdi:monitor-dashboard',
};

/** The private endpoint the network diagram adds in front of managed AI. */
export const ENDPOINT_ICON = 'mdi:shield-lock-outline';

interface ProductIcon {
  readonly pattern: RegExp;
  readonly icon: string;
  /** A name other clouds use too ("API Gateway", "WAF"): the AWS logo only on an AWS design or beside "AWS"/"Amazon". */
  readonly aws?: true;
}

/**
 * Products with a logo of their own. A component's service text is searched
 * first, then its name; the product named earliest wins, so "Step Functions +
 * Lambda" is drawn as Step Functions. Azure and Google Cloud services have no
 * freely licensed per-service logos in these sets (their official icon sets
 * may not be redistributed in a tool), so they keep their kind's icon, and
 * their AI platforms carry the model maker's or the cloud's logo.
 */
const PRODUCTS: readonly ProductIcon[] = [
  { pattern: /\bStep Functions\b/i, icon: 'logos:aws-step-functions' },
  { pattern: /\bLambda\b/i, icon: 'logos:aws-lambda' },
  { pattern: /\bAPI Gateway\b/i, icon: 'logos:aws-api-gateway', aws: true },
  { pattern: /\bWAF\b/, icon: 'logos:aws-waf', aws: true },
  { pattern: /\bCloudFront\b/i, icon: 'logos:aws-cloudfront' },
  { pattern: /\bShield\b/, icon: 'logos:aws-shield', aws: true },
  { pattern: /\bRoute ?53\b/i, icon: 'logos:aws-route53' },
  { pattern: /\b(?:Elastic Load Balanc|ALB\b|NLB\b)/i, icon: 'logos:aws-elb' },
  { pattern: /\bCognito\b/i, icon: 'logos:aws-cognito' },
  { pattern: /\bIAM\b/, icon: 'logos:aws-iam', aws: true },
  { pattern: /\bSecrets Manager\b/i, icon: 'logos:aws-secrets-manager' },
  { pattern: /\bKMS\b/, icon: 'logos:aws-kms', aws: true },
  { pattern: /\bCloudWatch\b/i, icon: 'logos:aws-cloudwatch' },
  { pattern: /\bCloudTrail\b/i, icon: 'logos:aws-cloudtrail' },
  { pattern: /\bX-Ray\b/i, icon: 'logos:aws-xray' },
  { pattern: /\bDynamoDB\b/i, icon: 'logos:aws-dynamodb' },
  { pattern: /\bAurora\b/i, icon: 'logos:aws-aurora' },
  { pattern: /\bRDS\b/, icon: 'logos:aws-rds' },
  { pattern: /\bRedshift\b/i, icon: 'logos:aws-redshift' },
  { pattern: /\bOpenSearch\b/i, icon: 'logos:aws-open-search' },
  { pattern: /\bElastiCache\b/i, icon: 'logos:aws-elasticache' },
  { pattern: /\bS3\b/, icon: 'logos:aws-s3' },
  { pattern: /\bGlacier\b/i, icon: 'logos:aws-glacier' },
  { pattern: /\bAthena\b/i, icon: 'logos:aws-athena' },
  { pattern: /\bGlue\b/, icon: 'logos:aws-glue' },
  { pattern: /\bSQS\b/, icon: 'logos:aws-sqs' },
  { pattern: /\bSNS\b/, icon: 'logos:aws-sns' },
  { pattern: /\bEventBridge\b/i, icon: 'logos:aws-eventbridge' },
  { pattern: /\bKinesis\b/i, icon: 'logos:aws-kinesis' },
  { pattern: /\bFargate\b/i, icon: 'logos:aws-fargate' },
  { pattern: /\bECS\b/, icon: 'logos:aws-ecs' },
  { pattern: /\bEKS\b/, icon: 'logos:aws-eks' },
  { pattern: /\bEC2\b/, icon: 'logos:aws-ec2' },
  { pattern: /\b(?:Bedrock|SageMaker|Greengrass)\b/i, icon: 'logos:aws' },
  { pattern: /\bCloud Run\b/i, icon: 'logos:google-cloud-run' },
  { pattern: /\bCloud Functions\b/i, icon: 'logos:google-cloud-functions' },
  { pattern: /\bGemini\b/i, icon: 'logos:google-gemini-icon' },
  { pattern: /\bVertex\b/i, icon: 'logos:google-cloud' },
  { pattern: /\bOpenAI\b|\bGPT-?\d/i, icon: 'logos:openai-icon' },
  { pattern: /\bAzure AI\b/i, icon: 'logos:azure-icon' },
  { pattern: /\bClaude\b|\bAnthropic\b/i, icon: 'logos:anthropic-icon' },
  { pattern: /\b(?:AKS|GKE|Kubernetes|k3s|k8s)\b/i, icon: 'logos:kubernetes' },
  { pattern: /\bRedis\b/i, icon: 'logos:redis' },
  { pattern: /\bPostgre(?:SQL|s)\b/i, icon: 'logos:postgresql' },
  { pattern: /\bMySQL\b/i, icon: 'logos:mysql-icon' },
  { pattern: /\bMongoDB\b/i, icon: 'logos:mongodb-icon' },
  { pattern: /\bKafka\b/i, icon: 'logos:kafka-icon' },
  { pattern: /\bRabbitMQ\b/i, icon: 'logos:rabbitmq-icon' },
  { pattern: /\bPinecone\b/i, icon: 'logos:pinecone-icon' },
  { pattern: /\bElasticsearch\b/i, icon: 'logos:elasticsearch' },
  { pattern: /\bOkta\b/i, icon: 'logos:okta-icon' },
  { pattern: /\bAuth0\b/i, icon: 'logos:auth0-icon' },
  { pattern: /\bHashiCorp Vault\b/i, icon: 'logos:vault-icon' },
  { pattern: /\bDatadog\b/i, icon: 'logos:datadog-icon' },
  { pattern: /\bGrafana\b/i, icon: 'logos:grafana' },
  { pattern: /\bPrometheus\b/i, icon: 'logos:prometheus' },
  { pattern: /\bSplunk\b/i, icon: 'logos:splunk' },
  { pattern: /\bSnowflake\b/i, icon: 'logos:snowflake-icon' },
  { pattern: /\bDatabricks\b/i, icon: 'logos:databricks-icon' },
  { pattern: /\bSalesforce\b/i, icon: 'logos:salesforce' },
  { pattern: /\bSlack\b/i, icon: 'logos:slack-icon' },
  { pattern: /\bMicrosoft Teams\b/i, icon: 'logos:microsoft-teams' },
  { pattern: /\bCloudflare\b/i, icon: 'logos:cloudflare-icon' },
  { pattern: /\bNGINX\b/i, icon: 'logos:nginx' },
  { pattern: /\bHugging ?Face\b/i, icon: 'logos:hugging-face-icon' },
  { pattern: /\bLlama\b/i, icon: 'logos:meta-icon' },
];

const AWS_TEXT = /\b(?:AWS|Amazon)\b/;

/** The icon of a component on a diagram of `provider`'s cloud. */
export function iconFor(component: Pick<Component, 'kind' | 'name' | 'service'>, provider: Provider): string {
  const texts = [component.service ?? '', component.name];
  for (const text of texts) {
    const onAws = provider === 'aws' || AWS_TEXT.test(text);
    let best: { at: number; icon: string } | null = null;
    for (const product of PRODUCTS) {
      if (product.aws === true && !onAws) continue;
      const at = product.pattern.exec(text)?.index;
      if (at !== undefined && (best === null || at < best.at)) best = { at, icon: product.icon };
    }
    if (best !== null) return best.icon;
  }
  return KIND_ICON[component.kind];
}
