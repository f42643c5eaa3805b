package com.atlassian.audit.entity;

/** Stand-in. Source: [C DEC atlassian-audit-api-1.16.2]. Private fields are read by the dev host only. */
public enum CoverageLevel { BASE, ADVANCED, FULL }
