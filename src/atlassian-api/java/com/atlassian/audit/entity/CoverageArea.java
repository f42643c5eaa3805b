package com.atlassian.audit.entity;

/** Stand-in. Source: [C DEC atlassian-audit-api-1.16.2]. Private fields are read by the dev host only. */
public enum CoverageArea { AUDIT_LOG, GLOBAL_CONFIG_AND_ADMINISTRATION, USER_MANAGEMENT, PERMISSIONS,
    LOCAL_CONFIG_AND_ADMINISTRATION, SECURITY, END_USER_ACTIVITY, ECOSYSTEM }
