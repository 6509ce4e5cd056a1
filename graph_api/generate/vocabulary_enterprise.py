"""Words the generator names the back stage with: capabilities, processes, systems, teams,
value streams, KPIs and backlog themes. Tuples, for the same reason as in
:mod:`graph_api.generate.vocabulary`.
"""

CAPABILITY_AREAS = (
    "Customer management",
    "Sales and ordering",
    "Service delivery",
    "Billing and payments",
    "Service assurance",
    "Product management",
    "Partner management",
    "Risk and compliance",
)

CAPABILITY_TOPICS = (
    "onboarding",
    "identity verification",
    "order capture",
    "order orchestration",
    "scheduling",
    "fulfilment",
    "invoicing",
    "collections",
    "case management",
    "diagnostics",
    "pricing",
    "catalogue",
    "consent",
    "retention",
    "complaints",
    "notifications",
)

CAPABILITY_ASPECTS = ("planning", "execution", "monitoring", "automation", "reporting")

PROCESS_VERBS = (
    "Handle",
    "Fulfil",
    "Verify",
    "Resolve",
    "Bill",
    "Schedule",
    "Onboard",
    "Retain",
    "Assess",
)

PROCESS_OBJECTS = (
    "orders",
    "applications",
    "service requests",
    "faults",
    "payments",
    "complaints",
    "appointments",
    "renewals",
    "claims",
)

SUB_PROCESS_STEPS = ("intake", "triage", "validation", "execution", "follow-up", "closure")

SYSTEM_KINDS = (
    ("CRM", "Customer relationship management"),
    ("ERP", "Enterprise resource planning"),
    ("OMS", "Order management"),
    ("BSS", "Billing system"),
    ("FSM", "Field service management"),
    ("CMS", "Content management"),
    ("IVR", "Telephony and IVR"),
    ("DWH", "Data warehouse"),
    ("WFM", "Workforce management"),
    ("API", "Integration platform"),
)

HUB_SYSTEMS = (
    ("hub-customer-data-platform", "Customer data platform", "CDP", 5),
    ("hub-identity-platform", "Identity and access platform", "IAM", 5),
    ("hub-integration-bus", "Enterprise integration bus", "ESB", 4),
    ("hub-erp", "Group ERP", "ERP", 4),
    ("hub-notification-service", "Notification service", "Messaging", 3),
    ("hub-document-store", "Document management", "DMS", 3),
    ("hub-data-lake", "Analytics data lake", "DWH", 2),
    ("hub-payments-gateway", "Payments gateway", "Payments", 4),
)

TEAM_NAMES = (
    ("Customer Operations", "department"),
    ("Digital Channels", "team"),
    ("Field Operations", "department"),
    ("Billing Operations", "team"),
    ("CX and Insight", "team"),
    ("Product Management", "department"),
    ("Platform Engineering", "team"),
    ("Service Assurance", "team"),
    ("Sales", "department"),
    ("Process Excellence", "team"),
)

VALUE_STREAM_STAGES = (
    "Attract",
    "Qualify",
    "Order",
    "Provision",
    "Activate",
    "Serve",
    "Bill",
    "Retain",
)

KPI_TEMPLATES = (
    ("Net promoter score", "NPS", 40.0, "higher_is_better", (-20.0, 70.0)),
    ("Customer effort score", "CES", 2.0, "lower_is_better", (1.0, 5.0)),
    ("First contact resolution", "%", 80.0, "higher_is_better", (40.0, 95.0)),
    ("Average handling time", "min", 6.0, "lower_is_better", (3.0, 15.0)),
    ("Order lead time", "days", 5.0, "lower_is_better", (2.0, 20.0)),
    ("Digital adoption", "%", 70.0, "higher_is_better", (20.0, 90.0)),
    ("Repeat contact rate", "%", 10.0, "lower_is_better", (5.0, 40.0)),
    ("Right first time", "%", 95.0, "higher_is_better", (60.0, 99.0)),
    ("Churn rate", "%", 1.0, "lower_is_better", (0.5, 4.0)),
    ("Complaints per 1,000 customers", "count", 2.0, "lower_is_better", (1.0, 12.0)),
)

BACKLOG_THEMES = (
    "Self-service status tracking",
    "Single customer view for agents",
    "Proactive notifications",
    "Simpler forms",
    "Faster appointments",
    "Clear pricing",
    "Automated refunds",
    "Smarter routing",
)
