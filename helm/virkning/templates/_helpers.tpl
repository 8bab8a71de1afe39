{{/*
Chart name, at most 63 characters (a Kubernetes label value).
*/}}
{{- define "virkning.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Full name of the resources: the release name, prefixed to the chart name unless it contains it;
at most 63 characters because some Kubernetes name fields are limited to that (DNS label).
*/}}
{{- define "virkning.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart name and version for the helm.sh/chart label.
*/}}
{{- define "virkning.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Standard labels on every resource.
*/}}
{{- define "virkning.labels" -}}
helm.sh/chart: {{ include "virkning.chart" . }}
{{ include "virkning.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Selector labels: only labels that never change across upgrades (selectors are immutable).
*/}}
{{- define "virkning.selectorLabels" -}}
app.kubernetes.io/name: {{ include "virkning.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Name of the service account the pods run as.
*/}}
{{- define "virkning.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "virkning.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Container image reference; the tag defaults to the chart's appVersion.
*/}}
{{- define "virkning.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion | toString) }}
{{- end }}
{{- end }}

{{/*
Labels of the migration Job's pod: its own name, so that neither the Service nor the Deployment's
selector ever matches it.
*/}}
{{- define "virkning.migrationLabels" -}}
helm.sh/chart: {{ include "virkning.chart" . }}
app.kubernetes.io/name: {{ include "virkning.name" . }}-migrations
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: migrations
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Fails rendering unless the external services the platform needs in a cluster are configured.
Without a datasource URL the platform would start its embedded PostgreSQL, which keeps its data
on the pod's filesystem: acceptable on a laptop, data loss in a cluster.
*/}}
{{- define "virkning.validateValues" -}}
{{- if not .Values.database.url }}
{{- fail "database.url is required: the chart runs the platform against an external PostgreSQL (e.g. jdbc:postgresql://db:5432/virkning); the embedded database is for local use only" }}
{{- end }}
{{- if not (hasPrefix "jdbc:postgresql://" (toString .Values.database.url)) }}
{{- fail (printf "database.url must be a jdbc:postgresql:// URL of an external PostgreSQL, not %q; the embedded database is for local use only" (toString .Values.database.url)) }}
{{- end }}
{{- if not .Values.database.existingSecret }}
{{- fail "database.existingSecret is required: name an existing Secret with the database user name and password" }}
{{- end }}
{{- if and .Values.database.migrations.enabled (not .Values.database.migrations.existingSecret) }}
{{- fail "database.migrations.existingSecret is required: name an existing Secret with the schema owner's user name and password (the pods use database.existingSecret, the data role); or set database.migrations.enabled=false" }}
{{- end }}
{{- if not .Values.pseudonym.existingSecret }}
{{- fail "pseudonym.existingSecret is required: name an existing Secret with the master key for CPR pseudonyms" }}
{{- end }}
{{- if and (not .Values.auth.embeddedAuthorizationServer) (not .Values.auth.issuerUri) }}
{{- fail "auth.issuerUri is required when auth.embeddedAuthorizationServer is false: set the issuer of the municipality's identity provider" }}
{{- end }}
{{- if and .Values.auth.embeddedAuthorizationServer (not .Values.auth.keyEncryptionKey.existingSecret) }}
{{- fail "auth.keyEncryptionKey.existingSecret is required when auth.embeddedAuthorizationServer is true: name an existing Secret with the key its signing keys are encrypted under (the same on every replica)" }}
{{- end }}
{{- end }}
