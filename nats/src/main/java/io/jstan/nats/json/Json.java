package io.jstan.nats.json;
import java.util.*;
// TEMPORARY STUB
public final class Json {
    public static Map<String,Object> parseObject(String s) {
        Map<String,Object> m = new LinkedHashMap<>();
        s = s.trim(); if (!s.startsWith("{") || !s.endsWith("}")) throw new JsonException("bad");
        String body = s.substring(1, s.length()-1).trim(); if (body.isEmpty()) return m;
        for (String kv : body.split(",")) { String[] p = kv.split(":", 2); String k = p[0].trim().replace("\"", ""); String v = p[1].trim();
          Object o; if (v.equals("true")) o = true; else if (v.equals("false")) o = false; else if (v.startsWith("\"")) o = v.substring(1, v.length()-1); else if (v.equals("null")) o = null; else o = Long.parseLong(v);
          m.put(k, o); }
        return m;
    }
}
