package org.budgetkit.model.dimension;

import java.util.Optional;

/**
 * Items disclosures single out of the expenditure: "三公"经费 and its parts, 会议费, 培训费,
 * 政府采购 and its parts, 机关运行经费. Coordinates without an item mean the whole expenditure;
 * a top-level item is a part of it ({@link Relation#OF_WHICH}).
 *
 * <pre>
 * "三公"经费 THREE_PUBLIC = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行维护费
 *   公务用车购置及运行维护费 OFFICIAL_VEHICLES = 购置费 + 运行维护费
 * 政府采购 GOVERNMENT_PROCUREMENT = 货物 + 工程 + 服务
 *   其中：面向中小企业 PROCUREMENT_SME (of which), 其中：面向小型、微型企业 (of which, of the former)
 * 会议费 MEETINGS, 培训费 TRAINING, 机关运行经费 ADMINISTRATIVE_OPERATION
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum SpecialItem {
    /** "三公"经费: official overseas travel, reception and vehicles. */
    THREE_PUBLIC("“三公”经费", null, Relation.OF_WHICH, "三公经费", "“三公”经费合计", "三公经费合计", "“三公”经费支出"),
    /** 因公出国（境）费. */
    OVERSEAS_TRAVEL("因公出国（境）费", THREE_PUBLIC, Relation.COMPONENT, "因公出国（境）费用", "因公出国(境)费",
            "因公出国（境）经费"),
    /** 公务接待费. */
    OFFICIAL_RECEPTION("公务接待费", THREE_PUBLIC, Relation.COMPONENT),
    /** 公务用车购置及运行维护费. */
    OFFICIAL_VEHICLES("公务用车购置及运行维护费", THREE_PUBLIC, Relation.COMPONENT, "公务用车购置及运行费",
            "公务用车购置和运行维护费", "公务用车购置及运行维护费小计"),
    /** 公务用车购置费. */
    VEHICLE_PURCHASE("公务用车购置费", OFFICIAL_VEHICLES, Relation.COMPONENT),
    /** 公务用车运行维护费. */
    VEHICLE_OPERATION("公务用车运行维护费", OFFICIAL_VEHICLES, Relation.COMPONENT, "公务用车运行费"),
    /** 会议费. */
    MEETINGS("会议费", null, Relation.OF_WHICH),
    /** 培训费. */
    TRAINING("培训费", null, Relation.OF_WHICH),
    /** 政府采购. */
    GOVERNMENT_PROCUREMENT("政府采购", null, Relation.OF_WHICH, "政府采购预算", "政府采购项目"),
    /** 政府采购：货物. */
    PROCUREMENT_GOODS("货物采购", GOVERNMENT_PROCUREMENT, Relation.COMPONENT, "货物"),
    /** 政府采购：工程. */
    PROCUREMENT_WORKS("工程采购", GOVERNMENT_PROCUREMENT, Relation.COMPONENT, "工程"),
    /** 政府采购：服务. */
    PROCUREMENT_SERVICES("服务采购", GOVERNMENT_PROCUREMENT, Relation.COMPONENT, "服务"),
    /** 其中：面向中小企业政府采购项目. */
    PROCUREMENT_SME("面向中小企业政府采购", GOVERNMENT_PROCUREMENT, Relation.OF_WHICH, "面向中小企业政府采购项目",
            "面向中小企业"),
    /** 其中：面向小型、微型企业政府采购项目. */
    PROCUREMENT_SMALL_MICRO("面向小型、微型企业政府采购", PROCUREMENT_SME, Relation.OF_WHICH,
            "面向小型、微型企业政府采购项目", "面向小型、微型企业", "面向小微企业"),
    /** 机关运行经费. */
    ADMINISTRATIVE_OPERATION("机关运行经费", null, Relation.OF_WHICH, "机关运行经费财政拨款");

    private final String chineseName;
    private final SpecialItem parent;
    private final Relation relation;
    private final String[] names;

    SpecialItem(String chineseName, SpecialItem parent, Relation relation, String... aliases) {
        this.chineseName = chineseName;
        this.parent = parent;
        this.relation = relation;
        this.names = new String[aliases.length + 1];
        names[0] = chineseName;
        System.arraycopy(aliases, 0, names, 1, aliases.length);
    }

    /** @return the Chinese name, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @return the item this one is part of, or empty for a part of the whole expenditure */
    public Optional<SpecialItem> parent() {
        return Optional.ofNullable(parent);
    }

    /** @return how this item relates to its parent (or to the whole expenditure), never null */
    public Relation relation() {
        return relation;
    }

    /**
     * Reads an item by constant name, Chinese name or a printed variant; quotes, white space
     * and list markers are ignored.
     *
     * @param text the text, not null
     * @return the item, never null
     * @throws IllegalArgumentException if the text names no item
     */
    public static SpecialItem parse(CharSequence text) {
        return Labels.parse(SpecialItem.class, text, s -> s.names);
    }

    /** @return the Chinese name */
    @Override
    public String toString() {
        return chineseName;
    }
}
