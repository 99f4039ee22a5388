var stats = {
    type: "GROUP",
name: "All Requests",
path: "",
pathFormatted: "group_missing-name--1146707516",
stats: {
    "name": "All Requests",
    "numberOfRequests": {
        "total": "94",
        "ok": "94",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "5",
        "ok": "5",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "9676",
        "ok": "9676",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "757",
        "ok": "757",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1641",
        "ok": "1641",
        "ko": "-"
    },
    "percentiles1": {
        "total": "231",
        "ok": "231",
        "ko": "-"
    },
    "percentiles2": {
        "total": "581",
        "ok": "581",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4991",
        "ok": "4991",
        "ko": "-"
    },
    "percentiles4": {
        "total": "9676",
        "ok": "9676",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 77,
    "percentage": 81.91489361702128
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 8,
    "percentage": 8.51063829787234
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 9,
    "percentage": 9.574468085106384
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "2.09",
        "ok": "2.09",
        "ko": "-"
    }
},
contents: {
"req_open-sign-in-pa-854923952": {
        type: "REQUEST",
        name: "open sign-in page",
path: "open sign-in page",
pathFormatted: "req_open-sign-in-pa-854923952",
stats: {
    "name": "open sign-in page",
    "numberOfRequests": {
        "total": "6",
        "ok": "6",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "338",
        "ok": "338",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "984",
        "ok": "984",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "638",
        "ok": "638",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "261",
        "ok": "261",
        "ko": "-"
    },
    "percentiles1": {
        "total": "649",
        "ok": "649",
        "ko": "-"
    },
    "percentiles2": {
        "total": "959",
        "ok": "959",
        "ko": "-"
    },
    "percentiles3": {
        "total": "984",
        "ok": "984",
        "ko": "-"
    },
    "percentiles4": {
        "total": "984",
        "ok": "984",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 4,
    "percentage": 66.66666666666666
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 2,
    "percentage": 33.33333333333333
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.13",
        "ok": "0.13",
        "ko": "-"
    }
}
    },"req_sign-in-2088202856": {
        type: "REQUEST",
        name: "sign in",
path: "sign in",
pathFormatted: "req_sign-in-2088202856",
stats: {
    "name": "sign in",
    "numberOfRequests": {
        "total": "6",
        "ok": "6",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "4940",
        "ok": "4940",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "9676",
        "ok": "9676",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "6602",
        "ok": "6602",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1771",
        "ok": "1771",
        "ko": "-"
    },
    "percentiles1": {
        "total": "6782",
        "ok": "6782",
        "ko": "-"
    },
    "percentiles2": {
        "total": "8023",
        "ok": "8023",
        "ko": "-"
    },
    "percentiles3": {
        "total": "9676",
        "ok": "9676",
        "ko": "-"
    },
    "percentiles4": {
        "total": "9676",
        "ok": "9676",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 0,
    "percentage": 0.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 6,
    "percentage": 100.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.13",
        "ok": "0.13",
        "ko": "-"
    }
}
    },"req_home-3208415": {
        type: "REQUEST",
        name: "home",
path: "home",
pathFormatted: "req_home-3208415",
stats: {
    "name": "home",
    "numberOfRequests": {
        "total": "6",
        "ok": "6",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "68",
        "ok": "68",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "1683",
        "ok": "1683",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "431",
        "ok": "431",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "567",
        "ok": "567",
        "ko": "-"
    },
    "percentiles1": {
        "total": "166",
        "ok": "166",
        "ko": "-"
    },
    "percentiles2": {
        "total": "364",
        "ok": "364",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1683",
        "ok": "1683",
        "ko": "-"
    },
    "percentiles4": {
        "total": "1683",
        "ok": "1683",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 5,
    "percentage": 83.33333333333334
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1,
    "percentage": 16.666666666666664
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.13",
        "ok": "0.13",
        "ko": "-"
    }
}
    },"req_------1435752611": {
        type: "REQUEST",
        name: "市场主体库",
path: "市场主体库",
pathFormatted: "req_------1435752611",
stats: {
    "name": "市场主体库",
    "numberOfRequests": {
        "total": "19",
        "ok": "19",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "24",
        "ok": "24",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "2509",
        "ok": "2509",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "503",
        "ok": "503",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "548",
        "ok": "548",
        "ko": "-"
    },
    "percentiles1": {
        "total": "341",
        "ok": "341",
        "ko": "-"
    },
    "percentiles2": {
        "total": "707",
        "ok": "707",
        "ko": "-"
    },
    "percentiles3": {
        "total": "2509",
        "ok": "2509",
        "ko": "-"
    },
    "percentiles4": {
        "total": "2509",
        "ok": "2509",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 15,
    "percentage": 78.94736842105263
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 3,
    "percentage": 15.789473684210526
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1,
    "percentage": 5.263157894736842
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.42",
        "ok": "0.42",
        "ko": "-"
    }
}
    },"req_-----777907585": {
        type: "REQUEST",
        name: "我的案件",
path: "我的案件",
pathFormatted: "req_-----777907585",
stats: {
    "name": "我的案件",
    "numberOfRequests": {
        "total": "2",
        "ok": "2",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "66",
        "ok": "66",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "236",
        "ok": "236",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "151",
        "ok": "151",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "85",
        "ok": "85",
        "ko": "-"
    },
    "percentiles1": {
        "total": "236",
        "ok": "236",
        "ko": "-"
    },
    "percentiles2": {
        "total": "236",
        "ok": "236",
        "ko": "-"
    },
    "percentiles3": {
        "total": "236",
        "ok": "236",
        "ko": "-"
    },
    "percentiles4": {
        "total": "236",
        "ok": "236",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 2,
    "percentage": 100.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.04",
        "ok": "0.04",
        "ko": "-"
    }
}
    },"req_------filtered-529787124": {
        type: "REQUEST",
        name: "市场主体库 filtered",
path: "市场主体库 filtered",
pathFormatted: "req_------filtered-529787124",
stats: {
    "name": "市场主体库 filtered",
    "numberOfRequests": {
        "total": "18",
        "ok": "18",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "5",
        "ok": "5",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "387",
        "ok": "387",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "163",
        "ok": "163",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "110",
        "ok": "110",
        "ko": "-"
    },
    "percentiles1": {
        "total": "158",
        "ok": "158",
        "ko": "-"
    },
    "percentiles2": {
        "total": "252",
        "ok": "252",
        "ko": "-"
    },
    "percentiles3": {
        "total": "387",
        "ok": "387",
        "ko": "-"
    },
    "percentiles4": {
        "total": "387",
        "ok": "387",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 18,
    "percentage": 100.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.4",
        "ok": "0.4",
        "ko": "-"
    }
}
    },"req_-----657341486": {
        type: "REQUEST",
        name: "全部案件",
path: "全部案件",
pathFormatted: "req_-----657341486",
stats: {
    "name": "全部案件",
    "numberOfRequests": {
        "total": "2",
        "ok": "2",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "591",
        "ok": "591",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "1107",
        "ok": "1107",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "849",
        "ok": "849",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "258",
        "ok": "258",
        "ko": "-"
    },
    "percentiles1": {
        "total": "1107",
        "ok": "1107",
        "ko": "-"
    },
    "percentiles2": {
        "total": "1107",
        "ok": "1107",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1107",
        "ok": "1107",
        "ko": "-"
    },
    "percentiles4": {
        "total": "1107",
        "ok": "1107",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 1,
    "percentage": 50.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 1,
    "percentage": 50.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.04",
        "ok": "0.04",
        "ko": "-"
    }
}
    },"req_------scrolled-848790281": {
        type: "REQUEST",
        name: "市场主体库 scrolled",
path: "市场主体库 scrolled",
pathFormatted: "req_------scrolled-848790281",
stats: {
    "name": "市场主体库 scrolled",
    "numberOfRequests": {
        "total": "17",
        "ok": "17",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "9",
        "ok": "9",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "420",
        "ok": "420",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "138",
        "ok": "138",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "117",
        "ok": "117",
        "ko": "-"
    },
    "percentiles1": {
        "total": "77",
        "ok": "77",
        "ko": "-"
    },
    "percentiles2": {
        "total": "209",
        "ok": "209",
        "ko": "-"
    },
    "percentiles3": {
        "total": "420",
        "ok": "420",
        "ko": "-"
    },
    "percentiles4": {
        "total": "420",
        "ok": "420",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 17,
    "percentage": 100.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.38",
        "ok": "0.38",
        "ko": "-"
    }
}
    },"req_-----scrolled--1730352162": {
        type: "REQUEST",
        name: "全部案件 scrolled",
path: "全部案件 scrolled",
pathFormatted: "req_-----scrolled--1730352162",
stats: {
    "name": "全部案件 scrolled",
    "numberOfRequests": {
        "total": "2",
        "ok": "2",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "245",
        "ok": "245",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "452",
        "ok": "452",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "349",
        "ok": "349",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "104",
        "ok": "104",
        "ko": "-"
    },
    "percentiles1": {
        "total": "452",
        "ok": "452",
        "ko": "-"
    },
    "percentiles2": {
        "total": "452",
        "ok": "452",
        "ko": "-"
    },
    "percentiles3": {
        "total": "452",
        "ok": "452",
        "ko": "-"
    },
    "percentiles4": {
        "total": "452",
        "ok": "452",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 2,
    "percentage": 100.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 0,
    "percentage": 0.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.04",
        "ok": "0.04",
        "ko": "-"
    }
}
    },"req_enterprise-page--555871250": {
        type: "REQUEST",
        name: "enterprise page",
path: "enterprise page",
pathFormatted: "req_enterprise-page--555871250",
stats: {
    "name": "enterprise page",
    "numberOfRequests": {
        "total": "16",
        "ok": "16",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "16",
        "ok": "16",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "1844",
        "ok": "1844",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "477",
        "ok": "477",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "460",
        "ok": "460",
        "ko": "-"
    },
    "percentiles1": {
        "total": "413",
        "ok": "413",
        "ko": "-"
    },
    "percentiles2": {
        "total": "634",
        "ok": "634",
        "ko": "-"
    },
    "percentiles3": {
        "total": "1844",
        "ok": "1844",
        "ko": "-"
    },
    "percentiles4": {
        "total": "1844",
        "ok": "1844",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 13,
    "percentage": 81.25
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 2,
    "percentage": 12.5
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1,
    "percentage": 6.25
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "0.36",
        "ok": "0.36",
        "ko": "-"
    }
}
    }
}

}

function fillStats(stat){
    $("#numberOfRequests").append(stat.numberOfRequests.total);
    $("#numberOfRequestsOK").append(stat.numberOfRequests.ok);
    $("#numberOfRequestsKO").append(stat.numberOfRequests.ko);

    $("#minResponseTime").append(stat.minResponseTime.total);
    $("#minResponseTimeOK").append(stat.minResponseTime.ok);
    $("#minResponseTimeKO").append(stat.minResponseTime.ko);

    $("#maxResponseTime").append(stat.maxResponseTime.total);
    $("#maxResponseTimeOK").append(stat.maxResponseTime.ok);
    $("#maxResponseTimeKO").append(stat.maxResponseTime.ko);

    $("#meanResponseTime").append(stat.meanResponseTime.total);
    $("#meanResponseTimeOK").append(stat.meanResponseTime.ok);
    $("#meanResponseTimeKO").append(stat.meanResponseTime.ko);

    $("#standardDeviation").append(stat.standardDeviation.total);
    $("#standardDeviationOK").append(stat.standardDeviation.ok);
    $("#standardDeviationKO").append(stat.standardDeviation.ko);

    $("#percentiles1").append(stat.percentiles1.total);
    $("#percentiles1OK").append(stat.percentiles1.ok);
    $("#percentiles1KO").append(stat.percentiles1.ko);

    $("#percentiles2").append(stat.percentiles2.total);
    $("#percentiles2OK").append(stat.percentiles2.ok);
    $("#percentiles2KO").append(stat.percentiles2.ko);

    $("#percentiles3").append(stat.percentiles3.total);
    $("#percentiles3OK").append(stat.percentiles3.ok);
    $("#percentiles3KO").append(stat.percentiles3.ko);

    $("#percentiles4").append(stat.percentiles4.total);
    $("#percentiles4OK").append(stat.percentiles4.ok);
    $("#percentiles4KO").append(stat.percentiles4.ko);

    $("#meanNumberOfRequestsPerSecond").append(stat.meanNumberOfRequestsPerSecond.total);
    $("#meanNumberOfRequestsPerSecondOK").append(stat.meanNumberOfRequestsPerSecond.ok);
    $("#meanNumberOfRequestsPerSecondKO").append(stat.meanNumberOfRequestsPerSecond.ko);
}
