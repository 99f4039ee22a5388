-- The national lists of 国市监法〔2025〕10号 (SAMR, 27 January 2025): 首违不罚清单（一）, 8 items, and 轻微违法行为不予处罚清单（一）,
-- 4 items. The wording is a summary of each item for the decision helper; the document itself is the authority.
insert into lenient_list (code, name_zh, name_en, issuer_zh, issuer_en, document_no, level, kind, effective_on, sort_order)
values ('SAMR-2025-FIRST', '市场监管行政违法行为首违不罚清单（一）', 'First-offence no-penalty list (1) of market regulation',
        '国家市场监督管理总局', 'State Administration for Market Regulation', '国市监法〔2025〕10号', 'NATIONAL', 'FIRST',
        cast('2025-01-27' as date), 10);
insert into lenient_list (code, name_zh, name_en, issuer_zh, issuer_en, document_no, level, kind, effective_on, sort_order)
values ('SAMR-2025-MINOR', '市场监管轻微行政违法行为不予处罚清单（一）', 'Minor violations not penalised list (1) of market regulation',
        '国家市场监督管理总局', 'State Administration for Market Regulation', '国市监法〔2025〕10号', 'NATIONAL', 'MINOR',
        cast('2025-01-27' as date), 20);

insert into lenient_item values ('F01', 'SAMR-2025-FIRST', 1, '经营超过保质期的食品', 'Selling food past its shelf life',
    '《食品安全法》第三十四条第（十）项、第一百二十四条第一款第（五）项',
    '履行了进货查验义务，能如实说明进货来源；超过保质期的食品货值金额不超过500元；未造成危害后果或危害后果轻微',
    '立即下架、封存并销毁超过保质期的食品，全面排查库存', 500.00);
insert into lenient_item values ('F02', 'SAMR-2025-FIRST', 2, '未按规定在营业场所醒目位置公示营业执照或者电子营业执照',
    'Business licence not displayed prominently at the premises',
    '《市场主体登记管理条例》第三十六条、第四十八条第一款', '未对交易相对人造成误导', '立即在醒目位置公示营业执照', null);
insert into lenient_item values ('F03', 'SAMR-2025-FIRST', 3, '未按规定办理备案（章程修改、董事监事高级管理人员变更等）',
    'Required filing not made (articles amended, directors or officers changed)',
    '《市场主体登记管理条例》第二十九条、第四十七条', '备案事项真实，未造成危害后果', '在责令期限内办理备案', null);
insert into lenient_item values ('F04', 'SAMR-2025-FIRST', 4, '电子商务经营者未在首页显著位置持续公示营业执照信息或行政许可信息',
    'Online seller not displaying licence information on its home page',
    '《电子商务法》第十五条、第七十六条第一款第（一）项', '持有有效的营业执照和许可，仅未公示', '立即在首页显著位置公示', null);
insert into lenient_item values ('F05', 'SAMR-2025-FIRST', 5, '经营者未按规定明码标价', 'Prices not marked as required',
    '《价格法》第十三条、第四十二条；《明码标价和禁止价格欺诈规定》第二十一条', '未损害消费者权益，不构成价格欺诈',
    '立即按规定明码标价', null);
insert into lenient_item values ('F06', 'SAMR-2025-FIRST', 6, '发布的广告中使用“国家级”“最高级”“最佳”等用语，且在自有经营场所或自设网站等自媒体发布',
    'Superlatives (国家级, 最高级, 最佳) in an advertisement on the advertiser''s own premises or media',
    '《广告法》第九条第（三）项、第五十七条第（一）项', '广告发布时间短、传播范围小，未造成危害后果', '立即停止发布并删除相关用语', null);
insert into lenient_item values ('F07', 'SAMR-2025-FIRST', 7, '使用未按规定申请检定的计量器具（尚未造成计量失准）',
    'Using measuring instruments not submitted for verification (readings still correct)',
    '《计量法》第九条；《计量法实施细则》第四十三条', '计量器具经检定合格，未损害他人利益', '立即申请检定，检定合格后使用', null);
insert into lenient_item values ('F08', 'SAMR-2025-FIRST', 8, '产品标识标注不规范（不影响产品质量安全且不会对消费者造成误导）',
    'Product labelling defects that affect neither quality nor safety and do not mislead',
    '《产品质量法》第二十七条、第五十四条', '标识瑕疵不影响产品质量安全，未对消费者造成误导', '立即改正标识标注', null);
insert into lenient_item values ('M01', 'SAMR-2025-MINOR', 1, '食品、食品添加剂的标签、说明书存在不影响食品安全且不会对消费者造成误导的瑕疵',
    'Food label defects that affect neither safety nor mislead consumers',
    '《食品安全法》第一百二十五条第二款', '瑕疵不影响食品安全，不会对消费者造成误导', '立即改正标签、说明书', null);
insert into lenient_item values ('M02', 'SAMR-2025-MINOR', 2, '个体工商户未按规定报送年度报告，在责令期限内补报',
    'An individual business late with its annual report, filed within the period ordered',
    '《市场主体登记管理条例》第二十四条；《促进个体工商户发展条例》', '在责令期限内补报', '在责令期限内补报年度报告', null);
insert into lenient_item values ('M03', 'SAMR-2025-MINOR', 3, '经营者销售商品未按规定标示计量单位（使用非法定计量单位）',
    'Goods sold with non-legal units of measurement',
    '《计量法》第三条；《计量法实施细则》第四十四条', '未损害消费者利益', '立即改用法定计量单位', null);
insert into lenient_item values ('M04', 'SAMR-2025-MINOR', 4, '特种设备使用单位未按规定在显著位置张贴使用登记标志、定期检验标志（设备经检验合格）',
    'Special equipment registration or inspection marks not displayed (equipment inspected and passed)',
    '《特种设备安全法》第三十三条、第八十三条第（一）项', '设备经检验合格且在有效期内', '立即张贴使用登记标志和定期检验标志', null);
