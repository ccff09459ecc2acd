// The service icons, as data: which product names draw which icon. Sources
// (licences in licenses/ and THIRD_PARTY_NOTICES.md):
//   logos:  SVG Logos (CC0): AWS services and product logos;
//   azure:  the Azure Architecture Icons, Microsoft's official set, whose terms
//           permit them in architecture diagrams (packaged by @likec4/icons);
//   gcp:    the Google Cloud icons, Google's official set, whose terms permit
//           them to reference Google's products in architecture diagrams
//           (packaged by @likec4/icons).
// Every icon name is a string literal: scripts/gen-icons.mjs reads them out of
// this file and bundles only those icons.
import type { Provider } from './placement.js';
import type { Kind } from './zones.js';

export type Cloud = 'aws' | 'azure' | 'gcp';

export interface ProductIcon {
  readonly pattern: RegExp;
  readonly icon: string;
  /**
   * A name several clouds use ("API Gateway", "Load Balancer", "IAM"): this
   * cloud's icon only on its own design or beside its name (CLOUD_TEXT).
   */
  readonly cloud?: Cloud;
  /**
   * Kinds the icon is for. A connection product names how a component is
   * reached ("Existing PCI vault (on-premises, ExpressRoute)"), so it draws
   * only a network component.
   */
  readonly kinds?: readonly Kind[];
}

const LINK: readonly Kind[] = ['network'];

/** Words that name a cloud: they tie a shared name to that cloud, and draw its brand when no product matches. */
export const CLOUD_TEXT: Readonly<Record<Cloud, RegExp>> = {
  aws: /\b(?:AWS|Amazon)\b/,
  azure: /\b(?:Azure|Entra)\b/,
  gcp: /\b(?:Google Cloud|GCP|Vertex)\b/,
};

/**
 * The cloud's own logo, for a service that names the cloud but has no icon of
 * its own in these sets (Microsoft Entra ID, Microsoft Fabric, AlloyDB...).
 */
export const BRAND_ICON: Readonly<Record<Cloud, string>> = {
  aws: 'logos:aws',
  azure: 'logos:azure-icon',
  gcp: 'logos:google-cloud',
};

/** The private endpoint the network diagram adds in front of managed AI, as each provider draws it. */
export const ENDPOINT_ICON: Readonly<Record<Provider, string>> = {
  aws: 'mdi:shield-lock-outline',
  azure: 'azure:private-endpoints',
  gcp: 'gcp:private-service-connect',
  cloud: 'mdi:shield-lock-outline',
  onprem: 'mdi:shield-lock-outline',
};

/** The connector through which serverless compute reaches into the network (network.ts), as each provider draws it. */
export const CONNECTOR_ICON: Readonly<Record<Provider, string>> = {
  aws: 'logos:aws-vpc',
  azure: 'azure:virtual-networks',
  gcp: 'gcp:virtual-private-cloud',
  cloud: 'mdi:lan-connect',
  onprem: 'mdi:lan-connect',
};

const AWS: readonly ProductIcon[] = [
  { pattern: /\bStep Functions\b/i, icon: 'logos:aws-step-functions' },
  { pattern: /\bLambda\b/i, icon: 'logos:aws-lambda' },
  { pattern: /\bAPI Gateway\b/i, icon: 'logos:aws-api-gateway', cloud: 'aws' },
  { pattern: /\bWAF\b/, icon: 'logos:aws-waf', cloud: 'aws' },
  { pattern: /\bCloudFront\b/i, icon: 'logos:aws-cloudfront' },
  { pattern: /\bShield\b/, icon: 'logos:aws-shield', cloud: 'aws' },
  { pattern: /\bRoute ?53\b/i, icon: 'logos:aws-route53' },
  { pattern: /\b(?:Elastic Load Balanc|ALB\b|NLB\b)/i, icon: 'logos:aws-elb' },
  { pattern: /\bCognito\b/i, icon: 'logos:aws-cognito' },
  { pattern: /\bIAM\b/, icon: 'logos:aws-iam', cloud: 'aws' },
  { pattern: /\bSecrets Manager\b/i, icon: 'logos:aws-secrets-manager' },
  { pattern: /\bKMS\b/, icon: 'logos:aws-kms', cloud: 'aws' },
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
];

const AZURE: readonly ProductIcon[] = [
  // AI
  { pattern: /\bAzure OpenAI\b/i, icon: 'azure:azure-open-ai' },
  { pattern: /\b(?:AI|Cognitive) Search\b/i, icon: 'azure:cognitive-search' },
  { pattern: /\bDocument Intelligence\b|\bForm Recognizer\b/i, icon: 'azure:form-recognizers' },
  { pattern: /\bContent Safety\b/i, icon: 'azure:content-safety' },
  { pattern: /\bAI (?:Foundry|Studio)\b/i, icon: 'azure:ai-studio' },
  { pattern: /\bAzure (?:Machine Learning|ML)\b/i, icon: 'azure:machine-learning' },
  { pattern: /\bAzure AI (?:Services|Language|Vision)\b|\bCognitive Services\b/i, icon: 'azure:cognitive-services' },
  { pattern: /\bAzure AI Speech\b|\bSpeech Services?\b/i, icon: 'azure:speech-services', cloud: 'azure' },
  { pattern: /\bAzure AI Translator\b|\bTranslator Text\b/i, icon: 'azure:translator-text' },
  { pattern: /\bBot Service\b/i, icon: 'azure:bot-services' },
  // Compute
  { pattern: /\bAzure Functions?\b|\bFunction Apps?\b/i, icon: 'azure:function-apps' },
  { pattern: /\bApp Service\b|\bWeb Apps?\b/i, icon: 'azure:app-services', cloud: 'azure' },
  { pattern: /\bStatic Web Apps?\b/i, icon: 'azure:static-apps' },
  { pattern: /\bContainer Apps?\b/i, icon: 'azure:container-apps-environments' },
  { pattern: /\bContainer Instances?\b|\bACI\b/, icon: 'azure:container-instances', cloud: 'azure' },
  { pattern: /\bContainer Registry\b|\bACR\b/, icon: 'azure:container-registries', cloud: 'azure' },
  { pattern: /\bAKS\b|\bAzure Kubernetes Service\b/i, icon: 'azure:kubernetes-services' },
  { pattern: /\bVM Scale Sets?\b|\bVMSS\b/i, icon: 'azure:vm-scale-sets' },
  { pattern: /\bVirtual Machines?\b|\bAzure VMs?\b/i, icon: 'azure:virtual-machine', cloud: 'azure' },
  { pattern: /\bLogic Apps?\b/i, icon: 'azure:logic-apps' },
  { pattern: /\bAzure Arc\b/i, icon: 'azure:azure-arc' },
  { pattern: /\bAzure Stack Edge\b/i, icon: 'azure:azure-stack-edge' },
  { pattern: /\bIoT Hub\b/i, icon: 'azure:io-t-hub' },
  { pattern: /\bIoT Edge\b/i, icon: 'azure:io-t-edge', cloud: 'azure' },
  // Data
  { pattern: /\bCosmos ?DB\b/i, icon: 'azure:azure-cosmos-db' },
  { pattern: /\bSQL Managed Instance\b/i, icon: 'azure:sql-managed-instance' },
  { pattern: /\bAzure SQL\b/i, icon: 'azure:azure-sql' },
  { pattern: /\bSQL Database\b/i, icon: 'azure:sql-database', cloud: 'azure' },
  { pattern: /\bAzure Database for PostgreSQL\b/i, icon: 'azure:azure-database-postgre-sql-server' },
  { pattern: /\bAzure Database for MySQL\b/i, icon: 'azure:azure-database-my-sql-server' },
  { pattern: /\bAzure (?:Cache for Redis|Managed Redis)\b/i, icon: 'azure:cache-redis' },
  { pattern: /\bBlob Storage\b|\bStorage Accounts?\b|\bAzure Storage\b|\bADLS\b|\bData Lake Storage\b/i, icon: 'azure:storage-accounts', cloud: 'azure' },
  { pattern: /\bAzure Files\b/i, icon: 'azure:storage-azure-files' },
  { pattern: /\bAzure Databricks\b/i, icon: 'azure:azure-databricks' },
  { pattern: /\bSynapse\b/i, icon: 'azure:azure-synapse-analytics' },
  { pattern: /\bData Factory\b/i, icon: 'azure:data-factories' },
  { pattern: /\bPurview\b/i, icon: 'azure:azure-purview-accounts' },
  // Integration
  { pattern: /\bAPI Management\b|\bAPIM\b/i, icon: 'azure:api-management-services' },
  { pattern: /\bService Bus\b/i, icon: 'azure:azure-service-bus' },
  { pattern: /\bEvent Hubs?\b/i, icon: 'azure:event-hubs' },
  { pattern: /\bEvent Grid\b/i, icon: 'azure:event-grid-topics' },
  // Networking
  { pattern: /\bFront ?Door\b/i, icon: 'azure:front-door-and-cdn-profiles' },
  { pattern: /\bAzure CDN\b/i, icon: 'azure:cdn-profiles' },
  { pattern: /\bApplication Gateway\b|\bApp Gateway\b/i, icon: 'azure:application-gateways' },
  { pattern: /\bAzure Firewall\b/i, icon: 'azure:firewalls' },
  { pattern: /\bWAF\b|\bWeb Application Firewall\b/i, icon: 'azure:web-application-firewall-policies-waf', cloud: 'azure' },
  { pattern: /\bLoad Balancer\b/i, icon: 'azure:load-balancers', cloud: 'azure' },
  { pattern: /\bTraffic Manager\b/i, icon: 'azure:traffic-manager-profiles' },
  { pattern: /\bAzure DNS\b|\bPrivate DNS\b/i, icon: 'azure:dns-zones', cloud: 'azure' },
  { pattern: /\bExpressRoute\b/i, icon: 'azure:express-route-circuits', kinds: LINK },
  { pattern: /\bVPN Gateway\b/i, icon: 'azure:virtual-network-gateways', cloud: 'azure', kinds: LINK },
  { pattern: /\bBastion\b/i, icon: 'azure:bastions', cloud: 'azure' },
  { pattern: /\bNAT Gateway\b/i, icon: 'azure:nat', cloud: 'azure', kinds: LINK },
  { pattern: /\bPrivate (?:Link|Endpoints?)\b/i, icon: 'azure:private-endpoints', cloud: 'azure', kinds: LINK },
  { pattern: /\bVirtual Network\b|\bVNet\b/i, icon: 'azure:virtual-networks', cloud: 'azure', kinds: LINK },
  // Security, identity, operations
  { pattern: /\bKey Vault\b/i, icon: 'azure:key-vaults' },
  { pattern: /\bManaged Identit(?:y|ies)\b/i, icon: 'azure:managed-identities', cloud: 'azure' },
  { pattern: /\bDefender for Cloud\b/i, icon: 'azure:microsoft-defender-for-cloud' },
  { pattern: /\bSentinel\b/i, icon: 'azure:azure-sentinel', cloud: 'azure' },
  { pattern: /\bAzure Monitor\b/i, icon: 'azure:monitor' },
  { pattern: /\bLog Analytics\b/i, icon: 'azure:log-analytics-workspaces' },
  { pattern: /\bApplication Insights\b|\bApp Insights\b/i, icon: 'azure:application-insights' },
  { pattern: /\bAzure Managed Grafana\b/i, icon: 'azure:azure-managed-grafana' },
];

const GCP: readonly ProductIcon[] = [
  // AI
  { pattern: /\bVertex\b/i, icon: 'gcp:vertex-ai' },
  { pattern: /\bDocument AI\b/i, icon: 'gcp:document-ai' },
  { pattern: /\bDialogflow\b/i, icon: 'gcp:dialogflow' },
  { pattern: /\b(?:Cloud )?Vision API\b/i, icon: 'gcp:cloud-vision-api', cloud: 'gcp' },
  { pattern: /\bSpeech-to-Text\b/i, icon: 'gcp:speech-to-text', cloud: 'gcp' },
  { pattern: /\bText-to-Speech\b/i, icon: 'gcp:text-to-speech', cloud: 'gcp' },
  { pattern: /\b(?:Cloud )?Translation API\b/i, icon: 'gcp:cloud-translation-api' },
  { pattern: /\b(?:Cloud )?Natural Language API\b/i, icon: 'gcp:cloud-natural-language-api' },
  { pattern: /\bSensitive Data Protection\b|\bCloud DLP\b|\bDLP API\b/i, icon: 'gcp:data-loss-prevention-api' },
  { pattern: /\bCloud TPU\b/i, icon: 'gcp:cloud-tpu' },
  // Compute; "Cloud Run functions" before Cloud Run: at the same place, the first rule wins.
  { pattern: /\bCloud (?:Run )?Functions\b/i, icon: 'gcp:cloud-functions' },
  { pattern: /\bCloud Run\b/i, icon: 'gcp:cloud-run' },
  { pattern: /\bGKE\b|\bGoogle Kubernetes Engine\b/i, icon: 'gcp:google-kubernetes-engine' },
  { pattern: /\bCompute Engine\b|\bGCE\b/, icon: 'gcp:compute-engine' },
  { pattern: /\bApp Engine\b/i, icon: 'gcp:app-engine' },
  { pattern: /\bArtifact Registry\b/i, icon: 'gcp:artifact-registry' },
  { pattern: /\bCloud Build\b/i, icon: 'gcp:cloud-build' },
  // Data
  { pattern: /\bBigQuery\b/i, icon: 'gcp:big-query' },
  { pattern: /\bCloud SQL\b/i, icon: 'gcp:cloud-sql' },
  { pattern: /\b(?:Cloud )?Spanner\b/i, icon: 'gcp:cloud-spanner', cloud: 'gcp' },
  { pattern: /\bBigtable\b/i, icon: 'gcp:bigtable' },
  { pattern: /\bFirestore\b/i, icon: 'gcp:firestore' },
  { pattern: /\bDatastore\b/i, icon: 'gcp:datastore', cloud: 'gcp' },
  { pattern: /\bMemorystore\b/i, icon: 'gcp:memorystore' },
  { pattern: /\bCloud Storage\b|\bGCS\b/i, icon: 'gcp:cloud-storage', cloud: 'gcp' },
  { pattern: /\bFilestore\b/i, icon: 'gcp:filestore' },
  { pattern: /\bDataflow\b/i, icon: 'gcp:dataflow' },
  { pattern: /\bDataproc\b/i, icon: 'gcp:dataproc' },
  { pattern: /\bDataplex\b/i, icon: 'gcp:dataplex' },
  { pattern: /\bCloud Composer\b/i, icon: 'gcp:cloud-composer' },
  { pattern: /\bLooker\b/i, icon: 'gcp:looker', cloud: 'gcp' },
  // Integration
  { pattern: /\bPub\/?Sub\b/i, icon: 'gcp:pub-sub' },
  { pattern: /\bCloud Tasks\b/i, icon: 'gcp:cloud-tasks' },
  { pattern: /\bCloud Scheduler\b/i, icon: 'gcp:cloud-scheduler' },
  { pattern: /\bEventarc\b/i, icon: 'gcp:eventarc' },
  { pattern: /\bWorkflows\b/i, icon: 'gcp:workflows', cloud: 'gcp' },
  { pattern: /\bApigee\b/i, icon: 'gcp:apigee-api-platform' },
  { pattern: /\bAPI Gateway\b/i, icon: 'gcp:cloud-api-gateway', cloud: 'gcp' },
  { pattern: /\bCloud Endpoints\b/i, icon: 'gcp:cloud-endpoints' },
  // Networking
  { pattern: /\bCloud Load Balanc|\b(?:Application|HTTPS?|Network|Proxy) Load Balancer\b/i, icon: 'gcp:cloud-load-balancing', cloud: 'gcp' },
  { pattern: /\bCloud Armor\b/i, icon: 'gcp:cloud-armor' },
  { pattern: /\bCloud CDN\b|\bMedia CDN\b/i, icon: 'gcp:cloud-cdn' },
  { pattern: /\bCloud DNS\b/i, icon: 'gcp:cloud-dns' },
  { pattern: /\bCloud NAT\b/i, icon: 'gcp:cloud-nat', kinds: LINK },
  { pattern: /\bCloud VPN\b/i, icon: 'gcp:cloud-vpn', kinds: LINK },
  { pattern: /\b(?:Cloud|Dedicated|Partner) Interconnect\b/i, icon: 'gcp:cloud-interconnect', kinds: LINK },
  { pattern: /\bPrivate Service Connect\b|\bPSC\b/, icon: 'gcp:private-service-connect', kinds: LINK },
  { pattern: /\bVPC\b/, icon: 'gcp:virtual-private-cloud', cloud: 'gcp', kinds: LINK },
  // Security, identity, operations
  { pattern: /\bIdentity-Aware Proxy\b|\bIAP\b/, icon: 'gcp:identity-aware-proxy' },
  { pattern: /\bIdentity Platform\b/i, icon: 'gcp:identity-platform' },
  { pattern: /\bIAM\b/, icon: 'gcp:identity-and-access-management', cloud: 'gcp' },
  { pattern: /\bSecret Manager\b/i, icon: 'gcp:secret-manager' },
  { pattern: /\bCloud KMS\b|\bKMS\b/, icon: 'gcp:key-management-service', cloud: 'gcp' },
  { pattern: /\bCloud HSM\b/i, icon: 'gcp:cloud-hsm' },
  { pattern: /\bSecurity Command Center\b/i, icon: 'gcp:security-command-center' },
  { pattern: /\bCloud Monitoring\b|\bStackdriver\b/i, icon: 'gcp:cloud-monitoring' },
  { pattern: /\bCloud Logging\b/i, icon: 'gcp:cloud-logging' },
  { pattern: /\bCloud Trace\b/i, icon: 'gcp:trace' },
];

/** Products that belong to no one cloud. */
const OTHER: readonly ProductIcon[] = [
  { pattern: /\bGemini\b/i, icon: 'logos:google-gemini-icon' },
  { pattern: /\bOpenAI\b|\bGPT-?\d/i, icon: 'logos:openai-icon' },
  { pattern: /\bClaude\b|\bAnthropic\b/i, icon: 'logos:anthropic-icon' },
  { pattern: /\b(?:Kubernetes|k3s|k8s)\b/i, icon: 'logos:kubernetes' },
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
  { pattern: /\bPower BI\b/i, icon: 'logos:microsoft-power-bi' },
  { pattern: /\bSalesforce\b/i, icon: 'logos:salesforce' },
  { pattern: /\bSlack\b/i, icon: 'logos:slack-icon' },
  { pattern: /\bMicrosoft Teams\b/i, icon: 'logos:microsoft-teams' },
  { pattern: /\bCloudflare\b/i, icon: 'logos:cloudflare-icon' },
  { pattern: /\bNGINX\b/i, icon: 'logos:nginx' },
  { pattern: /\bHugging ?Face\b/i, icon: 'logos:hugging-face-icon' },
  { pattern: /\bLlama\b/i, icon: 'logos:meta-icon' },
];

/**
 * Every product with an icon of its own. A component's service text is
 * searched first, then its name; the product named earliest wins ("Step
 * Functions + Lambda" is Step Functions), and at the same place the rule
 * listed first.
 */
export const PRODUCTS: readonly ProductIcon[] = [...AWS, ...AZURE, ...GCP, ...OTHER];
