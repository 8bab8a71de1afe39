{{/* Chart name. */}}
{{- define "virkning.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Full name: release and chart, at most 63 characters. */}}
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

{{/* Chart label. */}}
{{- define "virkning.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Common labels. */}}
{{- define "virkning.labels" -}}
helm.sh/chart: {{ include "virkning.chart" . }}
{{ include "virkning.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* Selector labels. */}}
{{- define "virkning.selectorLabels" -}}
app.kubernetes.io/name: {{ include "virkning.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/* Service account name. */}}
{{- define "virkning.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "virkning.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* Fails rendering unless the required external services are configured. */}}
{{- define "virkning.validate" -}}
{{- if not .Values.database.url }}
{{- fail "database.url is required: the chart runs against an external PostgreSQL (the embedded one is for local use only)" }}
{{- end }}
{{- if not .Values.database.existingSecret }}
{{- fail "database.existingSecret is required: name a Secret with the database credentials" }}
{{- end }}
{{- if not .Values.pseudonym.existingSecret }}
{{- fail "pseudonym.existingSecret is required: name a Secret with the CPR pseudonym master key" }}
{{- end }}
{{- if and (not .Values.auth.embeddedAuthorizationServer) (not .Values.auth.issuerUri) }}
{{- fail "auth.issuerUri is required when the embedded authorization server is off" }}
{{- end }}
{{- end }}
