package cn.gov.laoshan.district.housing.service;

import java.util.List;

/** Bad input or a refused step: the field, the message key (zh-CN/en) and its parameters. Nothing was changed. */
public class HousingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient List<Object> parameters;

    public HousingException(String field, String messageKey, Object... parameters) {
        super(field + ": " + messageKey + " " + List.of(parameters));
        this.field = field;
        this.messageKey = messageKey;
        this.parameters = List.of(parameters);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] parameters() {
        return parameters.toArray();
    }
}
