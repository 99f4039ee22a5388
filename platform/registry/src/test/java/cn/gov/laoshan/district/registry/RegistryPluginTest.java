package cn.gov.laoshan.district.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.plugin.Audience;
import cn.gov.laoshan.district.api.plugin.Section;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.testdoubles.TestAccess;

/** 我的企业's facts section: for enterprise users, of their own enterprise only (checked before anything is read). */
class RegistryPluginTest {

    private static final String HAILAN = "91370212MA3C4XK2QQ";
    private static final String MINGDE = "91370212MA3D0WPHWP";

    @Test
    void theFactsSectionIsTheEnterpriseUsersOwnEnterprisesOnly() {
        TestAccess access = new TestAccess().asEnterprise("hailan-qy", HAILAN, EnterpriseFactsService.PERMISSION_READ);
        RegistryPlugin plugin = new RegistryPlugin(unused(EnterpriseRegistry.class), unused(EnterpriseFactsService.class),
                null, null, access);
        List<Section> sections = plugin.sections();
        assertEquals(1, sections.size());
        Section facts = sections.get(0);
        assertEquals(Section.ENTERPRISE, facts.target());
        assertEquals(Audience.ENTERPRISE, facts.audience());
        assertEquals(EnterpriseFactsService.PERMISSION_READ, facts.permission());
        // another enterprise's facts: refused on the server before the registry or the facts are asked
        assertThrows(AccessDeniedException.class, () -> facts.factory().create(MINGDE));
        // without the permission, not even their own
        RegistryPlugin without = new RegistryPlugin(unused(EnterpriseRegistry.class),
                unused(EnterpriseFactsService.class), null, null, new TestAccess().asEnterprise("hailan-cw", HAILAN));
        assertThrows(AccessDeniedException.class, () -> without.sections().get(0).factory().create(HAILAN));
        // no facts service, no section
        assertEquals(List.of(), new RegistryPlugin(unused(EnterpriseRegistry.class), null, null, null, access).sections());
    }

    /** A service the refused calls must never reach. */
    private static <T> T unused(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            throw new AssertionError(method.getName() + " was called");
        }));
    }
}
