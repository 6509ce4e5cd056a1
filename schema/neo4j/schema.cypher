// Neo4j constraints and indexes of graph-api, generated from the metamodel by
// `graph-api export-schema`; the API also creates them itself at start-up.
CREATE CONSTRAINT persona_key IF NOT EXISTS FOR (n:Persona) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT job_key IF NOT EXISTS FOR (n:Job) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT outcome_key IF NOT EXISTS FOR (n:Outcome) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT journey_key IF NOT EXISTS FOR (n:Journey) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT stage_key IF NOT EXISTS FOR (n:Stage) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT step_key IF NOT EXISTS FOR (n:Step) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT channel_key IF NOT EXISTS FOR (n:Channel) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT touchpoint_key IF NOT EXISTS FOR (n:Touchpoint) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT painpoint_key IF NOT EXISTS FOR (n:PainPoint) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT evidence_key IF NOT EXISTS FOR (n:Evidence) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT capability_key IF NOT EXISTS FOR (n:Capability) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT process_key IF NOT EXISTS FOR (n:Process) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT system_key IF NOT EXISTS FOR (n:System) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT team_key IF NOT EXISTS FOR (n:Team) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT valuestream_key IF NOT EXISTS FOR (n:ValueStream) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT valuestreamstage_key IF NOT EXISTS FOR (n:ValueStreamStage) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT kpi_key IF NOT EXISTS FOR (n:KPI) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT measurement_key IF NOT EXISTS FOR (n:Measurement) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT backlogitem_key IF NOT EXISTS FOR (n:BacklogItem) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT opportunity_key IF NOT EXISTS FOR (n:Opportunity) REQUIRE n.key IS UNIQUE;
CREATE INDEX painpoint_severity IF NOT EXISTS FOR (n:PainPoint) ON (n.severity);
CREATE INDEX step_order IF NOT EXISTS FOR (n:Step) ON (n.order);
CREATE INDEX stage_order IF NOT EXISTS FOR (n:Stage) ON (n.order);
CREATE FULLTEXT INDEX node_text_search IF NOT EXISTS FOR (n:Persona|Job|Outcome|Journey|Stage|Step|Channel|Touchpoint|PainPoint|Evidence|Capability|Process|System|Team|ValueStream|ValueStreamStage|KPI|Measurement|BacklogItem|Opportunity) ON EACH [n.name, n.statement, n.summary, n.title, n.translationLabels, n.description, n.translationDescriptions] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};
CREATE CONSTRAINT change_log_seq IF NOT EXISTS FOR (e:ChangeLogEntry) REQUIRE e.seq IS UNIQUE;
CREATE INDEX change_log_refs IF NOT EXISTS FOR (e:ChangeLogEntry) ON (e.refs);
CREATE CONSTRAINT change_log_sequence IF NOT EXISTS FOR (s:ChangeLogSequence) REQUIRE s.id IS UNIQUE;
