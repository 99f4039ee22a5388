package cn.gov.laoshan.district.servicehall.service;

/**
 * Sends a text message to a mobile number: one-time codes and reminders of the public booking page. Pluggable: an
 * SMS gateway in production; {@link TextOutbox} (the plugin's outbox table) in the demo and tests.
 */
@FunctionalInterface
public interface TextMessages {

    void send(String mobile, String text);
}
