/* Generated from schemas/aiarch.schema.json by `npm run gen:types`. Do not edit. */

/**
 * One enterprise AI architecture: client scenario, platform evaluation, architecture, security, cost model, deployment, operations and proposal. Format version 1.
 */
export interface AiarchArchitectureSpec {
  /**
   * Optional schema reference for editors.
   */
  $schema?: string;
  /**
   * A base spec to start from: a path to another spec YAML file, relative to this file. This file's mappings merge over the base key by key; its lists and values replace the base's.
   */
  extends?: string;
  /**
   * a base for other specs to extend; not built on its own
   */
  abstract?: boolean;
  /**
   * Spec format version; 1 is the only version today.
   */
  version: 1;
  /**
   * The client the proposal is for.
   */
  client: {
    /**
     * Client name; also names the output folder (slugged).
     */
    name: string;
    /**
     * Client industry.
     */
    industry?:
      | 'financial-services'
      | 'healthcare'
      | 'retail'
      | 'public-sector'
      | 'manufacturing'
      | 'technology'
      | 'education'
      | 'other';
    /**
     * Author shown on covers and title slides.
     */
    preparedBy?: string;
    /**
     * ISO date (YYYY-MM-DD) of the proposal. No default: never "today", so builds stay reproducible. Prices older than 180 days at this date are flagged.
     */
    date?: string;
  };
  /**
   * The client scenario and its constraints.
   */
  scenario: {
    /**
     * One-line use case.
     */
    useCase: string;
    /**
     * A paragraph describing the scenario.
     */
    description?: string;
    /**
     * Highest classification of the data the system handles.
     */
    dataSensitivity?: 'public' | 'internal' | 'confidential' | 'restricted';
    /**
     * Existing cloud footprint (decision-tree question 1).
     */
    existingCloud?: 'aws' | 'azure' | 'gcp' | 'none' | 'multi';
    /**
     * Model family preference (decision-tree question 2).
     */
    modelPreference?: 'any' | 'openai' | 'anthropic' | 'google' | 'open-weights';
    /**
     * Clouds the team knows (decision-tree question 4).
     *
     * @maxItems 10
     */
    teamExpertise?: string[];
    /**
     * Frameworks the client must meet; checked against the platform catalog and the control mapping.
     *
     * @maxItems 20
     */
    compliance?: string[];
    /**
     * Where data must stay; checked against catalog regions.
     *
     * @maxItems 10
     */
    dataResidency?: string[];
    /**
     * Budget constraint.
     */
    budget?: {
      /**
       * Year-1 budget; the year-1 total is compared against it.
       */
      annualUsd: number;
    };
    /**
     * Timeline constraint.
     */
    timeline?: {
      /**
       * Target delivery time in months.
       */
      months: number;
    };
    /**
     * Other constraints (regulatory, organisational, technical).
     *
     * @maxItems 20
     */
    constraints?: string[];
    /**
     * Use cases in scope.
     *
     * @maxItems 30
     */
    useCases?: {
      /**
       * Use case name.
       */
      name: string;
      /**
       * What the use case does.
       */
      description?: string;
      /**
       * Expected volume, e.g. "1,800 summaries/day".
       */
      volume?: string;
      /**
       * Priority of the use case.
       */
      priority?: 'high' | 'medium' | 'low';
    }[];
    /**
     * Measurable success criteria.
     *
     * @maxItems 30
     */
    successCriteria?: {
      /**
       * What is measured.
       */
      metric: string;
      /**
       * Today's value.
       */
      current?: string;
      /**
       * Target value.
       */
      target: string;
      /**
       * When the target is due.
       */
      timeline?: string;
    }[];
  };
  /**
   * Platform evaluation with weighted scoring.
   */
  platforms: {
    /**
     * Criterion weights in percent; must sum to 100. The course's six are modelFit, integration, compliance, cost, team, support; others are allowed.
     */
    weights: {
      /**
       * Weight in percent.
       */
      [k: string]: number | undefined;
    };
    /**
     * Candidate platforms keyed by id. Known keys (aws-bedrock, azure-openai, google-vertex) take facts from the platform catalog; any other key needs `label`.
     */
    candidates: {
      /**
       * One candidate platform.
       */
      [k: string]:
        | {
            /**
             * Display name; required for a platform the catalog does not know.
             */
            label?: string;
            /**
             * Score 0-10 per criterion; every weighted criterion must be scored.
             */
            scores: {
              /**
               * Score from 0 to 10.
               */
              [k: string]: number | undefined;
            };
            /**
             * Strengths for this scenario.
             *
             * @maxItems 30
             */
            strengths?: string[];
            /**
             * Limitations for this scenario.
             *
             * @maxItems 30
             */
            limitations?: string[];
            /**
             * Models considered on this platform.
             *
             * @maxItems 20
             */
            models?: string[];
            /**
             * Proprietary features the design would rely on (lock-in).
             *
             * @maxItems 20
             */
            proprietaryFeatures?: string[];
          }
        | undefined;
    };
    /**
     * Recommended candidate id; derived from the highest weighted score when left out.
     */
    recommendation?: string;
    /**
     * Why the recommendation.
     *
     * @maxItems 20
     */
    rationale?: string[];
    /**
     * Platform risks and mitigations.
     *
     * @maxItems 30
     */
    risks?: {
      /**
       * The risk.
       */
      risk: string;
      /**
       * How it is mitigated.
       */
      mitigation?: string;
    }[];
  };
  /**
   * The reference architecture.
   */
  architecture: {
    /**
     * Deployment pattern.
     */
    pattern: 'serverless' | 'container' | 'queue' | 'hybrid-data-onprem' | 'edge-cloud';
    /**
     * How the on-premises or edge site of a hybrid pattern reaches the cloud network, e.g. "ExpressRoute, 1 Gbps" or "Site-to-Site VPN (two tunnels)"; labels that link on the network diagram. Without it the link is named from the components and network controls (ExpressRoute, Direct Connect, Cloud Interconnect, SD-WAN, Site-to-Site VPN or IPsec), else generically.
     */
    connectivity?: string;
    /**
     * Components and their connections.
     *
     * @minItems 1
     * @maxItems 60
     */
    components: [
      {
        /**
         * Unique id used by `connects`.
         */
        id: string;
        /**
         * Component kind; decides the diagram shape.
         */
        kind:
          | 'user'
          | 'api-gateway'
          | 'load-balancer'
          | 'waf'
          | 'cdn'
          | 'compute'
          | 'orchestrator'
          | 'worker'
          | 'ai-model'
          | 'vector-db'
          | 'database'
          | 'cache'
          | 'queue'
          | 'storage'
          | 'identity'
          | 'secrets'
          | 'monitoring'
          | 'network'
          | 'external';
        /**
         * Display name.
         */
        name: string;
        /**
         * Cloud service that implements it.
         */
        service?: string;
        /**
         * Diagram grouping and network placement.
         */
        zone?: 'external' | 'edge' | 'private' | 'data' | 'ai' | 'onprem' | 'observability' | 'security';
        /**
         * What it does.
         */
        purpose?: string;
        /**
         * Sizing, e.g. "1024 MB, 60 s timeout".
         */
        sizing?: string;
        /**
         * The team that owns the component, e.g. "Platform team".
         */
        owner?: string;
        /**
         * How to reach its support, e.g. "#platform-oncall" or a phone rota.
         */
        support?: string;
        /**
         * Components this one sends requests to.
         *
         * @maxItems 30
         */
        connects?: (
          | string
          | {
              /**
               * Id of the target component.
               */
              to: string;
              /**
               * Edge label.
               */
              label?: string;
            }
        )[];
        /**
         * Monthly fixed cost and/or cost per million requests; feeds the infrastructure lines of the cost model.
         */
        cost?: {
          /**
           * Fixed monthly cost in the spec currency.
           */
          monthly?: number;
          /**
           * Cost per million requests; multiplied by requests(m) / 1e6 each month.
           */
          perMillionRequests?: number;
        };
        /**
         * Delivery status of the component; default planned. The deployment checklist ticks an item a component provides only when it is implemented.
         */
        status?: 'planned' | 'in-progress' | 'implemented';
      },
      ...{
        /**
         * Unique id used by `connects`.
         */
        id: string;
        /**
         * Component kind; decides the diagram shape.
         */
        kind:
          | 'user'
          | 'api-gateway'
          | 'load-balancer'
          | 'waf'
          | 'cdn'
          | 'compute'
          | 'orchestrator'
          | 'worker'
          | 'ai-model'
          | 'vector-db'
          | 'database'
          | 'cache'
          | 'queue'
          | 'storage'
          | 'identity'
          | 'secrets'
          | 'monitoring'
          | 'network'
          | 'external';
        /**
         * Display name.
         */
        name: string;
        /**
         * Cloud service that implements it.
         */
        service?: string;
        /**
         * Diagram grouping and network placement.
         */
        zone?: 'external' | 'edge' | 'private' | 'data' | 'ai' | 'onprem' | 'observability' | 'security';
        /**
         * What it does.
         */
        purpose?: string;
        /**
         * Sizing, e.g. "1024 MB, 60 s timeout".
         */
        sizing?: string;
        /**
         * The team that owns the component, e.g. "Platform team".
         */
        owner?: string;
        /**
         * How to reach its support, e.g. "#platform-oncall" or a phone rota.
         */
        support?: string;
        /**
         * Components this one sends requests to.
         *
         * @maxItems 30
         */
        connects?: (
          | string
          | {
              /**
               * Id of the target component.
               */
              to: string;
              /**
               * Edge label.
               */
              label?: string;
            }
        )[];
        /**
         * Monthly fixed cost and/or cost per million requests; feeds the infrastructure lines of the cost model.
         */
        cost?: {
          /**
           * Fixed monthly cost in the spec currency.
           */
          monthly?: number;
          /**
           * Cost per million requests; multiplied by requests(m) / 1e6 each month.
           */
          perMillionRequests?: number;
        };
        /**
         * Delivery status of the component; default planned. The deployment checklist ticks an item a component provides only when it is implemented.
         */
        status?: 'planned' | 'in-progress' | 'implemented';
      }[]
    ];
  };
  /**
   * Security architecture.
   */
  security?: {
    /**
     * The five layers of defense in depth; an empty or missing layer is a check finding.
     */
    layers?: {
      /**
       * Controls of the network layer.
       *
       * @maxItems 30
       */
      network?: {
        /**
         * Name of the control, e.g. "VPC isolation".
         */
        control: string;
        /**
         * How the control is implemented on this platform.
         */
        implementation?: string;
        /**
         * Delivery status of the control; default planned.
         */
        status?: 'planned' | 'in-progress' | 'implemented';
      }[];
      /**
       * Controls of the identity layer.
       *
       * @maxItems 30
       */
      identity?: {
        /**
         * Name of the control, e.g. "VPC isolation".
         */
        control: string;
        /**
         * How the control is implemented on this platform.
         */
        implementation?: string;
        /**
         * Delivery status of the control; default planned.
         */
        status?: 'planned' | 'in-progress' | 'implemented';
      }[];
      /**
       * Controls of the application layer.
       *
       * @maxItems 30
       */
      application?: {
        /**
         * Name of the control, e.g. "VPC isolation".
         */
        control: string;
        /**
         * How the control is implemented on this platform.
         */
        implementation?: string;
        /**
         * Delivery status of the control; default planned.
         */
        status?: 'planned' | 'in-progress' | 'implemented';
      }[];
      /**
       * Controls of the data layer.
       *
       * @maxItems 30
       */
      data?: {
        /**
         * Name of the control, e.g. "VPC isolation".
         */
        control: string;
        /**
         * How the control is implemented on this platform.
         */
        implementation?: string;
        /**
         * Delivery status of the control; default planned.
         */
        status?: 'planned' | 'in-progress' | 'implemented';
      }[];
      /**
       * Controls of the monitoring layer.
       *
       * @maxItems 30
       */
      monitoring?: {
        /**
         * Name of the control, e.g. "VPC isolation".
         */
        control: string;
        /**
         * How the control is implemented on this platform.
         */
        implementation?: string;
        /**
         * Delivery status of the control; default planned.
         */
        status?: 'planned' | 'in-progress' | 'implemented';
      }[];
    };
    /**
     * Secrets management.
     */
    secrets?: {
      /**
       * Secrets management pattern.
       */
      pattern?: 'vault' | 'environment' | 'managed-identity';
      /**
       * How secrets are managed.
       */
      implementation?: string;
    };
    /**
     * Authorization roles.
     *
     * @maxItems 20
     */
    roles?: {
      /**
       * Role name.
       */
      name: string;
      /**
       * What the role may do.
       *
       * @maxItems 20
       */
      permissions?: string[];
    }[];
    /**
     * Service-to-service authentication (the security template's Service Authentication table). Without it the documents state the assumed practice.
     *
     * @maxItems 30
     */
    serviceAuth?: {
      /**
       * The service or dependency, e.g. "AI API", "Database".
       */
      service: string;
      /**
       * How it authenticates, e.g. "IAM role", "Managed identity", "OAuth client credentials".
       */
      method: string;
      /**
       * Where its secret or key is kept, e.g. "AWS Secrets Manager"; none for a keyless method.
       */
      secretStorage?: string;
    }[];
    /**
     * Logging strategy: log types with retention and storage.
     *
     * @maxItems 30
     */
    logging?: {
      /**
       * The log, e.g. "Access logs", "AI request/response", "Security events", "Audit trail".
       */
      logType: string;
      /**
       * How long it is kept, e.g. "90 days", "7 years".
       */
      retention?: string;
      /**
       * Where it is kept, e.g. "CloudWatch Logs, then S3 Glacier".
       */
      storage?: string;
    }[];
    /**
     * Security alerts: condition and response.
     *
     * @maxItems 30
     */
    alerts?: {
      /**
       * What is watched, e.g. "Unusual volume", "Auth failures", "Cost anomaly".
       */
      alert: string;
      /**
       * When it fires, e.g. ">500 requests/min", ">10 in 5 minutes", ">30% above baseline".
       */
      condition: string;
      /**
       * What happens when it fires.
       */
      response?: string;
    }[];
    /**
     * Requirement-to-control mapping; every framework in scenario.compliance should have a row.
     *
     * @maxItems 100
     */
    compliance?: {
      /**
       * Framework, e.g. HIPAA.
       */
      framework: string;
      /**
       * Requirement.
       */
      requirement: string;
      /**
       * Control that meets it.
       */
      control: string;
      /**
       * Evidence.
       */
      evidence?: string;
    }[];
  };
  /**
   * The LLM token cost model.
   */
  costs: {
    /**
     * ISO 4217 currency code; default USD.
     */
    currency?: string;
    /**
     * Active days per month; default 30.
     */
    daysPerMonth?: number;
    /**
     * Usage profile.
     */
    usage: {
      /**
       * Requests per active user per active day.
       */
      requestsPerUserPerDay: number;
      /**
       * Average tokens per request.
       */
      tokensPerRequest: {
        /**
         * Input tokens per request.
         */
        input: number;
        /**
         * Output tokens per request.
         */
        output: number;
      };
      /**
       * Peak load shape.
       */
      peak?: {
        /**
         * Peak-to-average multiplier; default 1.
         */
        multiplier?: number;
        /**
         * Busy hours per day; default 8.
         */
        hours?: number;
      };
    };
    /**
     * Active users by month; linear between points, flat after the last.
     *
     * @minItems 1
     * @maxItems 24
     */
    growth: [
      {
        /**
         * Month number (1-24).
         */
        month: number;
        /**
         * Active users that month.
         */
        users: number;
      },
      ...{
        /**
         * Month number (1-24).
         */
        month: number;
        /**
         * Active users that month.
         */
        users: number;
      }[]
    ];
    /**
     * Model traffic split.
     *
     * @minItems 1
     * @maxItems 10
     */
    models: [
      {
        /**
         * Model id; priced from the catalog for the recommended platform unless prices are given.
         */
        model: string;
        /**
         * Traffic share in percent; shares sum to 100.
         */
        share: number;
        /**
         * Explicit input price per 1M tokens (overrides the catalog).
         */
        inputPer1M?: number;
        /**
         * Explicit output price per 1M tokens (overrides the catalog).
         */
        outputPer1M?: number;
        /**
         * Capability tier (small, medium, large, as in the course's Appendix A). Another candidate's estimate replaces this model with its own model of the same tier. Needed only for a model no catalog lists.
         */
        tier?: 'small' | 'medium' | 'large';
        /**
         * Date of the explicit price.
         */
        asOf?: string;
        /**
         * Source of the explicit price.
         */
        source?: string;
      },
      ...{
        /**
         * Model id; priced from the catalog for the recommended platform unless prices are given.
         */
        model: string;
        /**
         * Traffic share in percent; shares sum to 100.
         */
        share: number;
        /**
         * Explicit input price per 1M tokens (overrides the catalog).
         */
        inputPer1M?: number;
        /**
         * Explicit output price per 1M tokens (overrides the catalog).
         */
        outputPer1M?: number;
        /**
         * Capability tier (small, medium, large, as in the course's Appendix A). Another candidate's estimate replaces this model with its own model of the same tier. Needed only for a model no catalog lists.
         */
        tier?: 'small' | 'medium' | 'large';
        /**
         * Date of the explicit price.
         */
        asOf?: string;
        /**
         * Source of the explicit price.
         */
        source?: string;
      }[]
    ];
    /**
     * Infrastructure lines beyond the components.
     *
     * @maxItems 30
     */
    infrastructure?: {
      /**
       * Line item.
       */
      item: string;
      /**
       * Volume the line is priced for, e.g. "500 GB" of storage or "2 TB/month" of data transfer; lines with a volume make the storage and transfer table.
       */
      volume?: string;
      /**
       * Fixed monthly cost.
       */
      monthly?: number;
      /**
       * Cost per million requests.
       */
      perMillionRequests?: number;
    }[];
    /**
     * Operational costs.
     *
     * @maxItems 30
     */
    operations?: {
      /**
       * Line item.
       */
      item: string;
      /**
       * Monthly cost.
       */
      monthly: number;
    }[];
    /**
     * Cost optimizations; several on one category compound.
     *
     * @maxItems 20
     */
    optimizations?: {
      /**
       * The optimization.
       */
      strategy: string;
      /**
       * Cost category it reduces.
       */
      appliesTo: 'ai' | 'infrastructure' | 'operations';
      /**
       * Savings in percent of the category.
       */
      savingsPercent: number;
      /**
       * First month it applies (1-24).
       */
      startMonth: number;
      /**
       * Implementation effort.
       */
      effort?: 'low' | 'medium' | 'high';
    }[];
    /**
     * Cost-per-transaction scenarios.
     *
     * @maxItems 20
     */
    transactions?: {
      /**
       * Transaction name.
       */
      scenario: string;
      /**
       * Input tokens.
       */
      input: number;
      /**
       * Output tokens.
       */
      output: number;
      /**
       * Target cost per transaction.
       */
      target?: number;
    }[];
    /**
     * Benefits; feed ROI and payback.
     *
     * @maxItems 20
     */
    benefits?: {
      /**
       * Benefit.
       */
      benefit: string;
      /**
       * Monthly value.
       */
      monthly: number;
      /**
       * First month it counts (1-24).
       */
      startMonth?: number;
    }[];
  };
  /**
   * Deployment strategy.
   */
  deployment?: {
    /**
     * Rollout strategy.
     */
    strategy?: 'big-bang' | 'parallel' | 'phased' | 'feature-flags';
    /**
     * Why this strategy.
     */
    rationale?: string;
    /**
     * Phases; feed the roadmap Gantt.
     *
     * @maxItems 12
     */
    phases?: {
      /**
       * Phase name.
       */
      name: string;
      /**
       * First week.
       */
      startWeek: number;
      /**
       * Duration in weeks.
       */
      weeks: number;
      /**
       * Users in the phase.
       */
      users?: number;
      /**
       * Scope.
       */
      scope?: string;
      /**
       * Go/no-go criteria.
       *
       * @maxItems 10
       */
      successCriteria?: string[];
      /**
       * Delivery status of the phase; default planned. A complete phase is evidence that its go/no-go gates (tests, acceptance) passed.
       */
      status?: 'planned' | 'in-progress' | 'complete';
    }[];
    /**
     * Environments.
     *
     * @maxItems 10
     */
    environments?: {
      /**
       * Environment.
       */
      name: string;
      /**
       * Purpose.
       */
      purpose?: string;
      /**
       * Refresh cadence.
       */
      refresh?: string;
    }[];
    /**
     * Deployment pipeline stages in order.
     *
     * @maxItems 20
     */
    pipeline?: string[];
    /**
     * Auto-scaling rules.
     */
    scaling?: {
      /**
       * Minimum instances.
       */
      minInstances?: number;
      /**
       * Maximum instances.
       */
      maxInstances?: number;
      /**
       * Target CPU percent.
       */
      targetCpuPercent?: number;
      /**
       * Scale-out requests per second per instance.
       */
      requestsPerSecond?: number;
      /**
       * Scale-out queue depth.
       */
      queueDepth?: number;
      /**
       * Scale-down delay.
       */
      scaleDownDelaySeconds?: number;
      /**
       * Scale-up cooldown.
       */
      scaleUpCooldownSeconds?: number;
    };
    /**
     * Rollback steps in order.
     *
     * @maxItems 20
     */
    rollback?: string[];
    /**
     * Deployment risks.
     *
     * @maxItems 30
     */
    risks?: {
      /**
       * Risk.
       */
      risk: string;
      /**
       * Likelihood.
       */
      likelihood?: 'low' | 'medium' | 'high';
      /**
       * Impact.
       */
      impact?: 'low' | 'medium' | 'high';
      /**
       * Mitigation.
       */
      mitigation?: string;
    }[];
  };
  /**
   * Operations runbook inputs.
   */
  operations?: {
    /**
     * Key metrics; course defaults when left out.
     *
     * @maxItems 30
     */
    metrics?: {
      /**
       * Metric.
       */
      metric: string;
      /**
       * Warning threshold.
       */
      warning?: string;
      /**
       * Critical threshold.
       */
      critical?: string;
    }[];
    /**
     * Alert routing.
     *
     * @maxItems 10
     */
    alertRouting?: {
      /**
       * Severity.
       */
      severity: string;
      /**
       * Channel.
       */
      channel: string;
      /**
       * Response time.
       */
      responseTime?: string;
    }[];
    /**
     * Runbook procedures.
     *
     * @maxItems 20
     */
    procedures?: {
      /**
       * Procedure.
       */
      name: string;
      /**
       * When to use it.
       */
      when?: string;
      /**
       * Steps in order.
       *
       * @maxItems 20
       */
      steps: string[];
      /**
       * How to verify.
       */
      verification?: string;
    }[];
    /**
     * Escalation path in order: who is called at each level, as text or with how to reach them ({ who, contact }).
     *
     * @maxItems 10
     */
    escalation?: (
      | string
      | {
          /**
           * Who is called, e.g. "On-call engineer".
           */
          who: string;
          /**
           * How to reach them, e.g. "PagerDuty rota ai-platform", "+1 555 0100".
           */
          contact?: string;
        }
    )[];
    /**
     * Vendor support: portal and response time. Without it the runbook names the recommended platform's standard support, labelled as assumed.
     *
     * @maxItems 10
     */
    vendorSupport?: {
      /**
       * The vendor, e.g. "AWS".
       */
      vendor: string;
      /**
       * Its support portal or channel.
       */
      portal?: string;
      /**
       * Its response time for the plan held, e.g. "1 hour for production down".
       */
      responseTime?: string;
    }[];
    /**
     * Maintenance windows.
     *
     * @maxItems 10
     */
    maintenance?: {
      /**
       * Window, e.g. "Sunday 02:00-04:00 UTC".
       */
      window: string;
      /**
       * What it is for.
       */
      purpose?: string;
    }[];
  };
  /**
   * Proposal front matter.
   */
  proposal?: {
    /**
     * Executive summary paragraph(s).
     */
    executiveSummary?: string;
    /**
     * Immediate actions.
     *
     * @maxItems 20
     */
    nextSteps?: string[];
    /**
     * Decisions needed.
     *
     * @maxItems 20
     */
    decisions?: {
      /**
       * Decision.
       */
      decision: string;
      /**
       * Owner.
       */
      owner?: string;
      /**
       * Deadline (YYYY-MM-DD).
       */
      deadline?: string;
    }[];
  };
  /**
   * Overrides or extensions of the shipped platform catalog.
   */
  catalog?: {
    /**
     * Per-platform overrides or new platforms, merged over the shipped catalog.
     */
    platforms?: {
      /**
       * A partial catalog platform entry, deep-merged over the shipped catalog (a new platform needs label and provider).
       */
      [k: string]:
        | {
            /**
             * Display name.
             */
            label?: string;
            /**
             * Cloud or vendor: aws, azure, gcp, ...
             */
            provider?: string;
            /**
             * Compliance certifications: framework → yes | no | level.
             */
            certifications?: {
              /**
               * yes, no, or a level such as High (FedRAMP).
               */
              SOC2?: string;
              /**
               * yes, no, or a level such as High (FedRAMP).
               */
              HIPAA?: string;
              /**
               * yes, no, or a level such as High (FedRAMP).
               */
              FedRAMP?: string;
              /**
               * yes, no, or a level such as High (FedRAMP).
               */
              'PCI-DSS'?: string;
              /**
               * yes, no, or a level such as High (FedRAMP).
               */
              ISO27001?: string;
              /**
               * yes, no, or a level such as High (FedRAMP).
               */
              GDPR?: string;
              /**
               * yes, no, or a level such as High (FedRAMP).
               */
              [k: string]: string | undefined;
            };
            /**
             * Availability per data-residency zone (us, eu, uk, apac, ...).
             */
            regions?: {
              [k: string]: ('available' | 'limited' | 'absent') | undefined;
            };
            /**
             * Platform features: name → yes | no | limited | product name.
             */
            features?: {
              /**
               * yes, no, limited, or the product name that provides it.
               */
              agents?: string;
              /**
               * yes, no, limited, or the product name that provides it.
               */
              rag?: string;
              /**
               * yes, no, limited, or the product name that provides it.
               */
              fineTuning?: string;
              /**
               * yes, no, limited, or the product name that provides it.
               */
              batch?: string;
              /**
               * yes, no, limited, or the product name that provides it.
               */
              privateEndpoints?: string;
              /**
               * yes, no, limited, or the product name that provides it.
               */
              customerManagedKeys?: string;
              /**
               * yes, no, limited, or the product name that provides it.
               */
              sla?: string;
              /**
               * yes, no, limited, or the product name that provides it.
               */
              provisionedThroughput?: string;
              /**
               * yes, no, limited, or the product name that provides it.
               */
              committedUseDiscounts?: string;
              /**
               * yes, no, limited, or the product name that provides it.
               */
              enterpriseSso?: string;
              /**
               * yes, no, limited, or the product name that provides it.
               */
              [k: string]: string | undefined;
            };
            /**
             * Proprietary features that create lock-in.
             *
             * @maxItems 30
             */
            proprietary?: string[];
            /**
             * The platform's own model for each tier, standing in for a model of that tier when this platform is priced for comparison. Each must be one of the platform's models.
             */
            tiers?: {
              /**
               * Model id of the small tier.
               */
              small?: string;
              /**
               * Model id of the medium tier.
               */
              medium?: string;
              /**
               * Model id of the large tier.
               */
              large?: string;
            };
            /**
             * Models keyed by model id.
             */
            models?: {
              /**
               * One model offered on the platform, with its list price.
               */
              [k: string]:
                | {
                    /**
                     * Display name.
                     */
                    name?: string;
                    /**
                     * Model family: anthropic, openai, google, amazon, open-weights, ...
                     */
                    family?: string;
                    /**
                     * Capability tier (small, medium, large, as in the course's Appendix A). Another candidate's estimate replaces this model with its own model of the same tier.
                     */
                    tier?: 'small' | 'medium' | 'large';
                    /**
                     * USD per 1M input tokens.
                     */
                    inputPer1M?: number;
                    /**
                     * USD per 1M output tokens.
                     */
                    outputPer1M?: number;
                    /**
                     * ISO date (YYYY-MM-DD).
                     */
                    asOf?: string;
                    /**
                     * Where the price was read.
                     */
                    source?: string;
                    /**
                     * Deprecation note or date.
                     */
                    deprecated?: string;
                  }
                | undefined;
            };
          }
        | undefined;
    };
  };
}
