package com.atlassian.audit.api;

import com.atlassian.audit.entity.AuditEvent;

/** Stand-in. Source: [C DEC atlassian-audit-api-1.16.2]. Private fields are read by the dev host only. */
public interface AuditService {
    void audit(AuditEvent event);
}
