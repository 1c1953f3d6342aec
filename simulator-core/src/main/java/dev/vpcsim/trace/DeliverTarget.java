package dev.vpcsim.trace;

/** Where a delivered packet ends. */
public enum DeliverTarget { INSTANCE, CLOUD_SQL_INSTANCE, REDIS_INSTANCE, INTERNET, GOOGLE_API }
