"""Models of the API's schemas (pydantic v2), one module per schema.

Import them from here (`from openrouter_sdk.models import ChatResult`): a module is
imported only when one of its names is first used. The module layout is an
implementation detail.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._activity_get_parameters_query import (
        ActivityGetParametersQuery as ActivityGetParametersQuery,
    )
    from ._activity_item import ActivityItem as ActivityItem
    from ._activity_response import ActivityResponse as ActivityResponse
    from ._annotation_added_event import AnnotationAddedEvent as AnnotationAddedEvent
    from ._anthropic_base64_image_source import (
        AnthropicBase64ImageSource as AnthropicBase64ImageSource,
    )
    from ._anthropic_base64_pdf_source import AnthropicBase64PdfSource as AnthropicBase64PdfSource
    from ._anthropic_base_usage_iteration import (
        AnthropicBaseUsageIteration as AnthropicBaseUsageIteration,
    )
    from ._anthropic_bash_code_execution_content import (
        AnthropicBashCodeExecutionContent as AnthropicBashCodeExecutionContent,
    )
    from ._anthropic_bash_code_execution_output import (
        AnthropicBashCodeExecutionOutput as AnthropicBashCodeExecutionOutput,
    )
    from ._anthropic_bash_code_execution_result import (
        AnthropicBashCodeExecutionResult as AnthropicBashCodeExecutionResult,
    )
    from ._anthropic_bash_code_execution_tool_result import (
        AnthropicBashCodeExecutionToolResult as AnthropicBashCodeExecutionToolResult,
    )
    from ._anthropic_bash_code_execution_tool_result_error import (
        AnthropicBashCodeExecutionToolResultError as AnthropicBashCodeExecutionToolResultError,
    )
    from ._anthropic_bash_code_execution_tool_result_error_error_code import (
        AnthropicBashCodeExecutionToolResultErrorErrorCode as AnthropicBashCodeExecutionToolResultErrorErrorCode,
    )
    from ._anthropic_cache_control_directive import (
        AnthropicCacheControlDirective as AnthropicCacheControlDirective,
    )
    from ._anthropic_cache_control_ttl import AnthropicCacheControlTtl as AnthropicCacheControlTtl
    from ._anthropic_cache_creation import AnthropicCacheCreation as AnthropicCacheCreation
    from ._anthropic_caller import AnthropicCaller as AnthropicCaller
    from ._anthropic_citation_char_location import (
        AnthropicCitationCharLocation as AnthropicCitationCharLocation,
    )
    from ._anthropic_citation_char_location_param import (
        AnthropicCitationCharLocationParam as AnthropicCitationCharLocationParam,
    )
    from ._anthropic_citation_content_block_location import (
        AnthropicCitationContentBlockLocation as AnthropicCitationContentBlockLocation,
    )
    from ._anthropic_citation_content_block_location_param import (
        AnthropicCitationContentBlockLocationParam as AnthropicCitationContentBlockLocationParam,
    )
    from ._anthropic_citation_page_location import (
        AnthropicCitationPageLocation as AnthropicCitationPageLocation,
    )
    from ._anthropic_citation_page_location_param import (
        AnthropicCitationPageLocationParam as AnthropicCitationPageLocationParam,
    )
    from ._anthropic_citation_search_result_location import (
        AnthropicCitationSearchResultLocation as AnthropicCitationSearchResultLocation,
    )
    from ._anthropic_citation_web_search_result_location import (
        AnthropicCitationWebSearchResultLocation as AnthropicCitationWebSearchResultLocation,
    )
    from ._anthropic_citations_config import AnthropicCitationsConfig as AnthropicCitationsConfig
    from ._anthropic_code_execution20250825_caller import (
        AnthropicCodeExecution20250825Caller as AnthropicCodeExecution20250825Caller,
    )
    from ._anthropic_code_execution20260120_caller import (
        AnthropicCodeExecution20260120Caller as AnthropicCodeExecution20260120Caller,
    )
    from ._anthropic_code_execution_content import (
        AnthropicCodeExecutionContent as AnthropicCodeExecutionContent,
    )
    from ._anthropic_code_execution_output import (
        AnthropicCodeExecutionOutput as AnthropicCodeExecutionOutput,
    )
    from ._anthropic_code_execution_result import (
        AnthropicCodeExecutionResult as AnthropicCodeExecutionResult,
    )
    from ._anthropic_code_execution_tool_result import (
        AnthropicCodeExecutionToolResult as AnthropicCodeExecutionToolResult,
    )
    from ._anthropic_code_execution_tool_result_error import (
        AnthropicCodeExecutionToolResultError as AnthropicCodeExecutionToolResultError,
    )
    from ._anthropic_compaction_block import AnthropicCompactionBlock as AnthropicCompactionBlock
    from ._anthropic_compaction_usage_iteration import (
        AnthropicCompactionUsageIteration as AnthropicCompactionUsageIteration,
    )
    from ._anthropic_container import AnthropicContainer as AnthropicContainer
    from ._anthropic_container_upload import AnthropicContainerUpload as AnthropicContainerUpload
    from ._anthropic_direct_caller import AnthropicDirectCaller as AnthropicDirectCaller
    from ._anthropic_document_block import AnthropicDocumentBlock as AnthropicDocumentBlock
    from ._anthropic_document_block_param import (
        AnthropicDocumentBlockParam as AnthropicDocumentBlockParam,
    )
    from ._anthropic_document_block_param_citations import (
        AnthropicDocumentBlockParamCitations as AnthropicDocumentBlockParamCitations,
    )
    from ._anthropic_document_block_param_source import (
        AnthropicDocumentBlockParamSource as AnthropicDocumentBlockParamSource,
    )
    from ._anthropic_document_block_param_source_content import (
        AnthropicDocumentBlockParamSourceContent as AnthropicDocumentBlockParamSourceContent,
    )
    from ._anthropic_encrypted_code_execution_result import (
        AnthropicEncryptedCodeExecutionResult as AnthropicEncryptedCodeExecutionResult,
    )
    from ._anthropic_image_block_param import AnthropicImageBlockParam as AnthropicImageBlockParam
    from ._anthropic_image_mime_type import AnthropicImageMimeType as AnthropicImageMimeType
    from ._anthropic_input_tokens_clear_at_least import (
        AnthropicInputTokensClearAtLeast as AnthropicInputTokensClearAtLeast,
    )
    from ._anthropic_input_tokens_trigger import (
        AnthropicInputTokensTrigger as AnthropicInputTokensTrigger,
    )
    from ._anthropic_iteration_cache_creation import (
        AnthropicIterationCacheCreation as AnthropicIterationCacheCreation,
    )
    from ._anthropic_message_usage_iteration import (
        AnthropicMessageUsageIteration as AnthropicMessageUsageIteration,
    )
    from ._anthropic_plain_text_source import AnthropicPlainTextSource as AnthropicPlainTextSource
    from ._anthropic_redacted_thinking_block import (
        AnthropicRedactedThinkingBlock as AnthropicRedactedThinkingBlock,
    )
    from ._anthropic_search_result_block_param import (
        AnthropicSearchResultBlockParam as AnthropicSearchResultBlockParam,
    )
    from ._anthropic_search_result_block_param_citations import (
        AnthropicSearchResultBlockParamCitations as AnthropicSearchResultBlockParamCitations,
    )
    from ._anthropic_server_tool_error_code import (
        AnthropicServerToolErrorCode as AnthropicServerToolErrorCode,
    )
    from ._anthropic_server_tool_name import AnthropicServerToolName as AnthropicServerToolName
    from ._anthropic_server_tool_usage import AnthropicServerToolUsage as AnthropicServerToolUsage
    from ._anthropic_server_tool_use_block import (
        AnthropicServerToolUseBlock as AnthropicServerToolUseBlock,
    )
    from ._anthropic_service_tier import AnthropicServiceTier as AnthropicServiceTier
    from ._anthropic_service_tier_value import (
        AnthropicServiceTierValue as AnthropicServiceTierValue,
    )
    from ._anthropic_speed import AnthropicSpeed as AnthropicSpeed
    from ._anthropic_speed_value import AnthropicSpeedValue as AnthropicSpeedValue
    from ._anthropic_text_block import AnthropicTextBlock as AnthropicTextBlock
    from ._anthropic_text_block_param import AnthropicTextBlockParam as AnthropicTextBlockParam
    from ._anthropic_text_block_param_citations import (
        AnthropicTextBlockParamCitations as AnthropicTextBlockParamCitations,
    )
    from ._anthropic_text_citation import AnthropicTextCitation as AnthropicTextCitation
    from ._anthropic_text_editor_code_execution_content import (
        AnthropicTextEditorCodeExecutionContent as AnthropicTextEditorCodeExecutionContent,
    )
    from ._anthropic_text_editor_code_execution_create_result import (
        AnthropicTextEditorCodeExecutionCreateResult as AnthropicTextEditorCodeExecutionCreateResult,
    )
    from ._anthropic_text_editor_code_execution_str_replace_result import (
        AnthropicTextEditorCodeExecutionStrReplaceResult as AnthropicTextEditorCodeExecutionStrReplaceResult,
    )
    from ._anthropic_text_editor_code_execution_tool_result import (
        AnthropicTextEditorCodeExecutionToolResult as AnthropicTextEditorCodeExecutionToolResult,
    )
    from ._anthropic_text_editor_code_execution_tool_result_error import (
        AnthropicTextEditorCodeExecutionToolResultError as AnthropicTextEditorCodeExecutionToolResultError,
    )
    from ._anthropic_text_editor_code_execution_tool_result_error_error_code import (
        AnthropicTextEditorCodeExecutionToolResultErrorErrorCode as AnthropicTextEditorCodeExecutionToolResultErrorErrorCode,
    )
    from ._anthropic_text_editor_code_execution_view_result import (
        AnthropicTextEditorCodeExecutionViewResult as AnthropicTextEditorCodeExecutionViewResult,
    )
    from ._anthropic_text_editor_code_execution_view_result_file_type import (
        AnthropicTextEditorCodeExecutionViewResultFileType as AnthropicTextEditorCodeExecutionViewResultFileType,
    )
    from ._anthropic_thinking_block import AnthropicThinkingBlock as AnthropicThinkingBlock
    from ._anthropic_thinking_turns import AnthropicThinkingTurns as AnthropicThinkingTurns
    from ._anthropic_tool_reference import AnthropicToolReference as AnthropicToolReference
    from ._anthropic_tool_search_content import (
        AnthropicToolSearchContent as AnthropicToolSearchContent,
    )
    from ._anthropic_tool_search_result import (
        AnthropicToolSearchResult as AnthropicToolSearchResult,
    )
    from ._anthropic_tool_search_result_error import (
        AnthropicToolSearchResultError as AnthropicToolSearchResultError,
    )
    from ._anthropic_tool_search_tool_result import (
        AnthropicToolSearchToolResult as AnthropicToolSearchToolResult,
    )
    from ._anthropic_tool_use_block import AnthropicToolUseBlock as AnthropicToolUseBlock
    from ._anthropic_tool_uses_keep import AnthropicToolUsesKeep as AnthropicToolUsesKeep
    from ._anthropic_tool_uses_trigger import AnthropicToolUsesTrigger as AnthropicToolUsesTrigger
    from ._anthropic_unknown_usage_iteration import (
        AnthropicUnknownUsageIteration as AnthropicUnknownUsageIteration,
    )
    from ._anthropic_url_image_source import AnthropicUrlImageSource as AnthropicUrlImageSource
    from ._anthropic_url_pdf_source import AnthropicUrlPdfSource as AnthropicUrlPdfSource
    from ._anthropic_usage import AnthropicUsage as AnthropicUsage
    from ._anthropic_usage_iteration import AnthropicUsageIteration as AnthropicUsageIteration
    from ._anthropic_web_fetch_block import AnthropicWebFetchBlock as AnthropicWebFetchBlock
    from ._anthropic_web_fetch_content import AnthropicWebFetchContent as AnthropicWebFetchContent
    from ._anthropic_web_fetch_tool_result import (
        AnthropicWebFetchToolResult as AnthropicWebFetchToolResult,
    )
    from ._anthropic_web_fetch_tool_result_error import (
        AnthropicWebFetchToolResultError as AnthropicWebFetchToolResultError,
    )
    from ._anthropic_web_fetch_tool_result_error_error_code import (
        AnthropicWebFetchToolResultErrorErrorCode as AnthropicWebFetchToolResultErrorErrorCode,
    )
    from ._anthropic_web_search_result import AnthropicWebSearchResult as AnthropicWebSearchResult
    from ._anthropic_web_search_result_block_param import (
        AnthropicWebSearchResultBlockParam as AnthropicWebSearchResultBlockParam,
    )
    from ._anthropic_web_search_tool_result import (
        AnthropicWebSearchToolResult as AnthropicWebSearchToolResult,
    )
    from ._anthropic_web_search_tool_result_error import (
        AnthropicWebSearchToolResultError as AnthropicWebSearchToolResultError,
    )
    from ._anthropic_web_search_tool_result_error_error_code import (
        AnthropicWebSearchToolResultErrorErrorCode as AnthropicWebSearchToolResultErrorErrorCode,
    )
    from ._anthropic_web_search_tool_user_location import (
        AnthropicWebSearchToolUserLocation as AnthropicWebSearchToolUserLocation,
    )
    from ._apply_patch_server_tool import ApplyPatchServerTool as ApplyPatchServerTool
    from ._architecture import Architecture as Architecture
    from ._architecture_tokenizer import ArchitectureTokenizer as ArchitectureTokenizer
    from ._auth_keys_code_post_request import AuthKeysCodePostRequest as AuthKeysCodePostRequest
    from ._auth_keys_code_post_request_code_challenge_method import (
        AuthKeysCodePostRequestCodeChallengeMethod as AuthKeysCodePostRequestCodeChallengeMethod,
    )
    from ._auth_keys_code_post_request_usage_limit_type import (
        AuthKeysCodePostRequestUsageLimitType as AuthKeysCodePostRequestUsageLimitType,
    )
    from ._auth_keys_code_post_response import AuthKeysCodePostResponse as AuthKeysCodePostResponse
    from ._auth_keys_code_post_response_data import (
        AuthKeysCodePostResponseData as AuthKeysCodePostResponseData,
    )
    from ._auth_keys_post_request import AuthKeysPostRequest as AuthKeysPostRequest
    from ._auth_keys_post_request_code_challenge_method import (
        AuthKeysPostRequestCodeChallengeMethod as AuthKeysPostRequestCodeChallengeMethod,
    )
    from ._auth_keys_post_response import AuthKeysPostResponse as AuthKeysPostResponse
    from ._auto_router_plugin import AutoRouterPlugin as AutoRouterPlugin
    from ._bad_gateway_response import BadGatewayResponse as BadGatewayResponse
    from ._bad_gateway_response_error_data import (
        BadGatewayResponseErrorData as BadGatewayResponseErrorData,
    )
    from ._bad_request_response import BadRequestResponse as BadRequestResponse
    from ._bad_request_response_error_data import (
        BadRequestResponseErrorData as BadRequestResponseErrorData,
    )
    from ._base_annotation_added_event import BaseAnnotationAddedEvent as BaseAnnotationAddedEvent
    from ._base_content_part_added_event import (
        BaseContentPartAddedEvent as BaseContentPartAddedEvent,
    )
    from ._base_content_part_done_event import BaseContentPartDoneEvent as BaseContentPartDoneEvent
    from ._base_error_event import BaseErrorEvent as BaseErrorEvent
    from ._base_function_call_args_delta_event import (
        BaseFunctionCallArgsDeltaEvent as BaseFunctionCallArgsDeltaEvent,
    )
    from ._base_function_call_args_done_event import (
        BaseFunctionCallArgsDoneEvent as BaseFunctionCallArgsDoneEvent,
    )
    from ._base_inputs import BaseInputs as BaseInputs
    from ._base_inputs_content import BaseInputsContent as BaseInputsContent
    from ._base_inputs_object import BaseInputsObject as BaseInputsObject
    from ._base_messages_result import BaseMessagesResult as BaseMessagesResult
    from ._base_reasoning_config import BaseReasoningConfig as BaseReasoningConfig
    from ._base_reasoning_delta_event import BaseReasoningDeltaEvent as BaseReasoningDeltaEvent
    from ._base_reasoning_done_event import BaseReasoningDoneEvent as BaseReasoningDoneEvent
    from ._base_reasoning_summary_part_added_event import (
        BaseReasoningSummaryPartAddedEvent as BaseReasoningSummaryPartAddedEvent,
    )
    from ._base_reasoning_summary_part_done_event import (
        BaseReasoningSummaryPartDoneEvent as BaseReasoningSummaryPartDoneEvent,
    )
    from ._base_reasoning_summary_text_delta_event import (
        BaseReasoningSummaryTextDeltaEvent as BaseReasoningSummaryTextDeltaEvent,
    )
    from ._base_reasoning_summary_text_done_event import (
        BaseReasoningSummaryTextDoneEvent as BaseReasoningSummaryTextDoneEvent,
    )
    from ._base_refusal_delta_event import BaseRefusalDeltaEvent as BaseRefusalDeltaEvent
    from ._base_refusal_done_event import BaseRefusalDoneEvent as BaseRefusalDoneEvent
    from ._base_responses_result import BaseResponsesResult as BaseResponsesResult
    from ._base_responses_result_output import (
        BaseResponsesResultOutput as BaseResponsesResultOutput,
    )
    from ._base_text_delta_event import BaseTextDeltaEvent as BaseTextDeltaEvent
    from ._base_text_done_event import BaseTextDoneEvent as BaseTextDoneEvent
    from ._big_number_union import BigNumberUnion as BigNumberUnion
    from ._bulk_assign_keys_request import BulkAssignKeysRequest as BulkAssignKeysRequest
    from ._bulk_assign_keys_request_key_hash import (
        BulkAssignKeysRequestKeyHash as BulkAssignKeysRequestKeyHash,
    )
    from ._bulk_assign_keys_response import BulkAssignKeysResponse as BulkAssignKeysResponse
    from ._bulk_assign_members_request import BulkAssignMembersRequest as BulkAssignMembersRequest
    from ._bulk_assign_members_request_member_user_id import (
        BulkAssignMembersRequestMemberUserId as BulkAssignMembersRequestMemberUserId,
    )
    from ._bulk_assign_members_response import (
        BulkAssignMembersResponse as BulkAssignMembersResponse,
    )
    from ._bulk_unassign_keys_request import BulkUnassignKeysRequest as BulkUnassignKeysRequest
    from ._bulk_unassign_keys_request_key_hash import (
        BulkUnassignKeysRequestKeyHash as BulkUnassignKeysRequestKeyHash,
    )
    from ._bulk_unassign_keys_response import BulkUnassignKeysResponse as BulkUnassignKeysResponse
    from ._bulk_unassign_members_request import (
        BulkUnassignMembersRequest as BulkUnassignMembersRequest,
    )
    from ._bulk_unassign_members_request_member_user_id import (
        BulkUnassignMembersRequestMemberUserId as BulkUnassignMembersRequestMemberUserId,
    )
    from ._bulk_unassign_members_response import (
        BulkUnassignMembersResponse as BulkUnassignMembersResponse,
    )
    from ._chat_assistant_images import ChatAssistantImages as ChatAssistantImages
    from ._chat_assistant_images_chat_assistant_image import (
        ChatAssistantImagesChatAssistantImage as ChatAssistantImagesChatAssistantImage,
    )
    from ._chat_assistant_images_chat_assistant_image_image_url import (
        ChatAssistantImagesChatAssistantImageImageUrl as ChatAssistantImagesChatAssistantImageImageUrl,
    )
    from ._chat_assistant_message import ChatAssistantMessage as ChatAssistantMessage
    from ._chat_audio_output import ChatAudioOutput as ChatAudioOutput
    from ._chat_choice import ChatChoice as ChatChoice
    from ._chat_completions_post_response import (
        ChatCompletionsPostResponse as ChatCompletionsPostResponse,
    )
    from ._chat_content_audio import ChatContentAudio as ChatContentAudio
    from ._chat_content_audio_input_audio import (
        ChatContentAudioInputAudio as ChatContentAudioInputAudio,
    )
    from ._chat_content_cache_control import ChatContentCacheControl as ChatContentCacheControl
    from ._chat_content_file import ChatContentFile as ChatContentFile
    from ._chat_content_file_file import ChatContentFileFile as ChatContentFileFile
    from ._chat_content_image import ChatContentImage as ChatContentImage
    from ._chat_content_image_image_url import ChatContentImageImageUrl as ChatContentImageImageUrl
    from ._chat_content_image_image_url_detail import (
        ChatContentImageImageUrlDetail as ChatContentImageImageUrlDetail,
    )
    from ._chat_content_items import ChatContentItems as ChatContentItems
    from ._chat_content_text import ChatContentText as ChatContentText
    from ._chat_content_video import ChatContentVideo as ChatContentVideo
    from ._chat_content_video_input import ChatContentVideoInput as ChatContentVideoInput
    from ._chat_debug_options import ChatDebugOptions as ChatDebugOptions
    from ._chat_developer_message import ChatDeveloperMessage as ChatDeveloperMessage
    from ._chat_finish_reason_enum import ChatFinishReasonEnum as ChatFinishReasonEnum
    from ._chat_finish_reason_enum_value import (
        ChatFinishReasonEnumValue as ChatFinishReasonEnumValue,
    )
    from ._chat_format_grammar_config import ChatFormatGrammarConfig as ChatFormatGrammarConfig
    from ._chat_format_json_schema_config import (
        ChatFormatJsonSchemaConfig as ChatFormatJsonSchemaConfig,
    )
    from ._chat_format_python_config import ChatFormatPythonConfig as ChatFormatPythonConfig
    from ._chat_format_text_config import ChatFormatTextConfig as ChatFormatTextConfig
    from ._chat_function_tool import ChatFunctionTool as ChatFunctionTool
    from ._chat_function_tool_function import ChatFunctionToolFunction as ChatFunctionToolFunction
    from ._chat_function_tool_object import ChatFunctionToolObject as ChatFunctionToolObject
    from ._chat_json_schema_config import ChatJsonSchemaConfig as ChatJsonSchemaConfig
    from ._chat_messages import ChatMessages as ChatMessages
    from ._chat_model_names import ChatModelNames as ChatModelNames
    from ._chat_named_tool_choice import ChatNamedToolChoice as ChatNamedToolChoice
    from ._chat_named_tool_choice_function import (
        ChatNamedToolChoiceFunction as ChatNamedToolChoiceFunction,
    )
    from ._chat_reasoning_details import ChatReasoningDetails as ChatReasoningDetails
    from ._chat_reasoning_summary_verbosity_enum import (
        ChatReasoningSummaryVerbosityEnum as ChatReasoningSummaryVerbosityEnum,
    )
    from ._chat_reasoning_summary_verbosity_enum_value import (
        ChatReasoningSummaryVerbosityEnumValue as ChatReasoningSummaryVerbosityEnumValue,
    )
    from ._chat_request import ChatRequest as ChatRequest
    from ._chat_request_modality import ChatRequestModality as ChatRequestModality
    from ._chat_request_plugins import ChatRequestPlugins as ChatRequestPlugins
    from ._chat_request_reasoning import ChatRequestReasoning as ChatRequestReasoning
    from ._chat_request_reasoning_effort import (
        ChatRequestReasoningEffort as ChatRequestReasoningEffort,
    )
    from ._chat_request_service_tier import ChatRequestServiceTier as ChatRequestServiceTier
    from ._chat_request_stop import ChatRequestStop as ChatRequestStop
    from ._chat_result import ChatResult as ChatResult
    from ._chat_stream_choice import ChatStreamChoice as ChatStreamChoice
    from ._chat_stream_chunk import ChatStreamChunk as ChatStreamChunk
    from ._chat_stream_chunk_error import ChatStreamChunkError as ChatStreamChunkError
    from ._chat_stream_delta import ChatStreamDelta as ChatStreamDelta
    from ._chat_stream_options import ChatStreamOptions as ChatStreamOptions
    from ._chat_stream_reasoning_details import (
        ChatStreamReasoningDetails as ChatStreamReasoningDetails,
    )
    from ._chat_stream_tool_call import ChatStreamToolCall as ChatStreamToolCall
    from ._chat_stream_tool_call_function import (
        ChatStreamToolCallFunction as ChatStreamToolCallFunction,
    )
    from ._chat_system_message import ChatSystemMessage as ChatSystemMessage
    from ._chat_token_logprob import ChatTokenLogprob as ChatTokenLogprob
    from ._chat_token_logprob_top_logprob import (
        ChatTokenLogprobTopLogprob as ChatTokenLogprobTopLogprob,
    )
    from ._chat_token_logprobs import ChatTokenLogprobs as ChatTokenLogprobs
    from ._chat_tool_call import ChatToolCall as ChatToolCall
    from ._chat_tool_call_function import ChatToolCallFunction as ChatToolCallFunction
    from ._chat_tool_choice import ChatToolChoice as ChatToolChoice
    from ._chat_tool_message import ChatToolMessage as ChatToolMessage
    from ._chat_usage import ChatUsage as ChatUsage
    from ._chat_usage_completion_tokens_details import (
        ChatUsageCompletionTokensDetails as ChatUsageCompletionTokensDetails,
    )
    from ._chat_usage_prompt_tokens_details import (
        ChatUsagePromptTokensDetails as ChatUsagePromptTokensDetails,
    )
    from ._chat_user_message import ChatUserMessage as ChatUserMessage
    from ._chat_web_search_shorthand import ChatWebSearchShorthand as ChatWebSearchShorthand
    from ._chat_web_search_shorthand_type import (
        ChatWebSearchShorthandType as ChatWebSearchShorthandType,
    )
    from ._code_interpreter_server_tool import (
        CodeInterpreterServerTool as CodeInterpreterServerTool,
    )
    from ._code_interpreter_server_tool_container import (
        CodeInterpreterServerToolContainer as CodeInterpreterServerToolContainer,
    )
    from ._code_interpreter_server_tool_container_memory_limit import (
        CodeInterpreterServerToolContainerMemoryLimit as CodeInterpreterServerToolContainerMemoryLimit,
    )
    from ._codex_local_shell_tool import CodexLocalShellTool as CodexLocalShellTool
    from ._completed_event import CompletedEvent as CompletedEvent
    from ._compound_filter import CompoundFilter as CompoundFilter
    from ._compound_filter_type import CompoundFilterType as CompoundFilterType
    from ._computer_use_server_tool import ComputerUseServerTool as ComputerUseServerTool
    from ._computer_use_server_tool_environment import (
        ComputerUseServerToolEnvironment as ComputerUseServerToolEnvironment,
    )
    from ._conflict_response import ConflictResponse as ConflictResponse
    from ._conflict_response_error_data import (
        ConflictResponseErrorData as ConflictResponseErrorData,
    )
    from ._content_part_added_event import ContentPartAddedEvent as ContentPartAddedEvent
    from ._content_part_done_event import ContentPartDoneEvent as ContentPartDoneEvent
    from ._context_compression_engine import ContextCompressionEngine as ContextCompressionEngine
    from ._context_compression_plugin import ContextCompressionPlugin as ContextCompressionPlugin
    from ._cost_details import CostDetails as CostDetails
    from ._create_guardrail_request import CreateGuardrailRequest as CreateGuardrailRequest
    from ._create_guardrail_response import CreateGuardrailResponse as CreateGuardrailResponse
    from ._created_event import CreatedEvent as CreatedEvent
    from ._credits_get_response import CreditsGetResponse as CreditsGetResponse
    from ._credits_get_response_data import CreditsGetResponseData as CreditsGetResponseData
    from ._custom_tool import CustomTool as CustomTool
    from ._custom_tool_format import CustomToolFormat as CustomToolFormat
    from ._custom_tool_format_grammar import CustomToolFormatGrammar as CustomToolFormatGrammar
    from ._custom_tool_format_grammar_syntax import (
        CustomToolFormatGrammarSyntax as CustomToolFormatGrammarSyntax,
    )
    from ._datetime_server_tool import DatetimeServerTool as DatetimeServerTool
    from ._datetime_server_tool_parameters import (
        DatetimeServerToolParameters as DatetimeServerToolParameters,
    )
    from ._default_parameters import DefaultParameters as DefaultParameters
    from ._delete_guardrail_response import DeleteGuardrailResponse as DeleteGuardrailResponse
    from ._deprecated_route import DeprecatedRoute as DeprecatedRoute
    from ._deprecated_route_value import DeprecatedRouteValue as DeprecatedRouteValue
    from ._easy_input_message import EasyInputMessage as EasyInputMessage
    from ._edge_network_timeout_response import (
        EdgeNetworkTimeoutResponse as EdgeNetworkTimeoutResponse,
    )
    from ._edge_network_timeout_response_error_data import (
        EdgeNetworkTimeoutResponseErrorData as EdgeNetworkTimeoutResponseErrorData,
    )
    from ._embeddings_post_request import EmbeddingsPostRequest as EmbeddingsPostRequest
    from ._embeddings_post_request_encoding_format import (
        EmbeddingsPostRequestEncodingFormat as EmbeddingsPostRequestEncodingFormat,
    )
    from ._embeddings_post_request_input_item import (
        EmbeddingsPostRequestInputItem as EmbeddingsPostRequestInputItem,
    )
    from ._embeddings_post_request_input_item_content import (
        EmbeddingsPostRequestInputItemContent as EmbeddingsPostRequestInputItemContent,
    )
    from ._embeddings_post_request_input_item_content_image_url import (
        EmbeddingsPostRequestInputItemContentImageUrl as EmbeddingsPostRequestInputItemContentImageUrl,
    )
    from ._embeddings_post_request_input_item_content_image_url_object import (
        EmbeddingsPostRequestInputItemContentImageUrlObject as EmbeddingsPostRequestInputItemContentImageUrlObject,
    )
    from ._embeddings_post_response import EmbeddingsPostResponse as EmbeddingsPostResponse
    from ._embeddings_post_response_datum import (
        EmbeddingsPostResponseDatum as EmbeddingsPostResponseDatum,
    )
    from ._embeddings_post_response_usage import (
        EmbeddingsPostResponseUsage as EmbeddingsPostResponseUsage,
    )
    from ._endpoint_status import EndpointStatus as EndpointStatus
    from ._endpoints_zdr_get_response import EndpointsZdrGetResponse as EndpointsZdrGetResponse
    from ._error_event import ErrorEvent as ErrorEvent
    from ._failed_event import FailedEvent as FailedEvent
    from ._file_citation import FileCitation as FileCitation
    from ._file_parser_plugin import FileParserPlugin as FileParserPlugin
    from ._file_path import FilePath as FilePath
    from ._file_search_server_tool import FileSearchServerTool as FileSearchServerTool
    from ._file_search_server_tool_filters import (
        FileSearchServerToolFilters as FileSearchServerToolFilters,
    )
    from ._file_search_server_tool_filters_type import (
        FileSearchServerToolFiltersType as FileSearchServerToolFiltersType,
    )
    from ._file_search_server_tool_ranking_options import (
        FileSearchServerToolRankingOptions as FileSearchServerToolRankingOptions,
    )
    from ._file_search_server_tool_ranking_options_ranker import (
        FileSearchServerToolRankingOptionsRanker as FileSearchServerToolRankingOptionsRanker,
    )
    from ._forbidden_response import ForbiddenResponse as ForbiddenResponse
    from ._forbidden_response_error_data import (
        ForbiddenResponseErrorData as ForbiddenResponseErrorData,
    )
    from ._format_json_object_config import FormatJsonObjectConfig as FormatJsonObjectConfig
    from ._format_json_schema_config import FormatJsonSchemaConfig as FormatJsonSchemaConfig
    from ._format_text_config import FormatTextConfig as FormatTextConfig
    from ._formats import Formats as Formats
    from ._function_call_args_delta_event import (
        FunctionCallArgsDeltaEvent as FunctionCallArgsDeltaEvent,
    )
    from ._function_call_args_done_event import (
        FunctionCallArgsDoneEvent as FunctionCallArgsDoneEvent,
    )
    from ._function_call_item import FunctionCallItem as FunctionCallItem
    from ._function_call_output_item import FunctionCallOutputItem as FunctionCallOutputItem
    from ._function_tool import FunctionTool as FunctionTool
    from ._generation_get_parameters_query import (
        GenerationGetParametersQuery as GenerationGetParametersQuery,
    )
    from ._generation_get_response import GenerationGetResponse as GenerationGetResponse
    from ._generation_get_response_data import (
        GenerationGetResponseData as GenerationGetResponseData,
    )
    from ._generation_get_response_data_api_type import (
        GenerationGetResponseDataApiType as GenerationGetResponseDataApiType,
    )
    from ._get_guardrail_response import GetGuardrailResponse as GetGuardrailResponse
    from ._gone_response import GoneResponse as GoneResponse
    from ._gone_response_error_data import GoneResponseErrorData as GoneResponseErrorData
    from ._guardrail import Guardrail as Guardrail
    from ._guardrail_interval import GuardrailInterval as GuardrailInterval
    from ._guardrail_interval_value import GuardrailIntervalValue as GuardrailIntervalValue
    from ._guardrails_assignments_keys_get_parameters_query import (
        GuardrailsAssignmentsKeysGetParametersQuery as GuardrailsAssignmentsKeysGetParametersQuery,
    )
    from ._guardrails_assignments_members_get_parameters_query import (
        GuardrailsAssignmentsMembersGetParametersQuery as GuardrailsAssignmentsMembersGetParametersQuery,
    )
    from ._guardrails_get_parameters_query import (
        GuardrailsGetParametersQuery as GuardrailsGetParametersQuery,
    )
    from ._guardrails_id_assignments_keys_get_parameters_query import (
        GuardrailsIdAssignmentsKeysGetParametersQuery as GuardrailsIdAssignmentsKeysGetParametersQuery,
    )
    from ._guardrails_id_assignments_members_get_parameters_query import (
        GuardrailsIdAssignmentsMembersGetParametersQuery as GuardrailsIdAssignmentsMembersGetParametersQuery,
    )
    from ._image_gen_call_completed_event import (
        ImageGenCallCompletedEvent as ImageGenCallCompletedEvent,
    )
    from ._image_gen_call_generating_event import (
        ImageGenCallGeneratingEvent as ImageGenCallGeneratingEvent,
    )
    from ._image_gen_call_in_progress_event import (
        ImageGenCallInProgressEvent as ImageGenCallInProgressEvent,
    )
    from ._image_gen_call_partial_image_event import (
        ImageGenCallPartialImageEvent as ImageGenCallPartialImageEvent,
    )
    from ._image_generation_server_tool import (
        ImageGenerationServerTool as ImageGenerationServerTool,
    )
    from ._image_generation_server_tool_background import (
        ImageGenerationServerToolBackground as ImageGenerationServerToolBackground,
    )
    from ._image_generation_server_tool_input_fidelity import (
        ImageGenerationServerToolInputFidelity as ImageGenerationServerToolInputFidelity,
    )
    from ._image_generation_server_tool_input_image_mask import (
        ImageGenerationServerToolInputImageMask as ImageGenerationServerToolInputImageMask,
    )
    from ._image_generation_server_tool_model import (
        ImageGenerationServerToolModel as ImageGenerationServerToolModel,
    )
    from ._image_generation_server_tool_moderation import (
        ImageGenerationServerToolModeration as ImageGenerationServerToolModeration,
    )
    from ._image_generation_server_tool_output_format import (
        ImageGenerationServerToolOutputFormat as ImageGenerationServerToolOutputFormat,
    )
    from ._image_generation_server_tool_quality import (
        ImageGenerationServerToolQuality as ImageGenerationServerToolQuality,
    )
    from ._image_generation_server_tool_size import (
        ImageGenerationServerToolSize as ImageGenerationServerToolSize,
    )
    from ._image_generation_status import ImageGenerationStatus as ImageGenerationStatus
    from ._in_progress_event import InProgressEvent as InProgressEvent
    from ._incomplete_details import IncompleteDetails as IncompleteDetails
    from ._incomplete_details_reason import IncompleteDetailsReason as IncompleteDetailsReason
    from ._incomplete_event import IncompleteEvent as IncompleteEvent
    from ._input_audio import InputAudio as InputAudio
    from ._input_audio_format import InputAudioFormat as InputAudioFormat
    from ._input_audio_object import InputAudioObject as InputAudioObject
    from ._input_file import InputFile as InputFile
    from ._input_image import InputImage as InputImage
    from ._input_image_detail import InputImageDetail as InputImageDetail
    from ._input_message_item import InputMessageItem as InputMessageItem
    from ._input_modality import InputModality as InputModality
    from ._input_text import InputText as InputText
    from ._input_video import InputVideo as InputVideo
    from ._inputs import Inputs as Inputs
    from ._inputs_output_message_item import InputsOutputMessageItem as InputsOutputMessageItem
    from ._inputs_output_reasoning_item import (
        InputsOutputReasoningItem as InputsOutputReasoningItem,
    )
    from ._instruct_type import InstructType as InstructType
    from ._instruct_type_value import InstructTypeValue as InstructTypeValue
    from ._internal_server_response import InternalServerResponse as InternalServerResponse
    from ._internal_server_response_error_data import (
        InternalServerResponseErrorData as InternalServerResponseErrorData,
    )
    from ._key_assignment import KeyAssignment as KeyAssignment
    from ._key_get_response import KeyGetResponse as KeyGetResponse
    from ._key_get_response_data import KeyGetResponseData as KeyGetResponseData
    from ._key_get_response_data_rate_limit import (
        KeyGetResponseDataRateLimit as KeyGetResponseDataRateLimit,
    )
    from ._keys_get_parameters_query import KeysGetParametersQuery as KeysGetParametersQuery
    from ._keys_get_response import KeysGetResponse as KeysGetResponse
    from ._keys_get_response_datum import KeysGetResponseDatum as KeysGetResponseDatum
    from ._keys_hash_delete_response import KeysHashDeleteResponse as KeysHashDeleteResponse
    from ._keys_hash_get_response import KeysHashGetResponse as KeysHashGetResponse
    from ._keys_hash_get_response_data import KeysHashGetResponseData as KeysHashGetResponseData
    from ._keys_hash_patch_request import KeysHashPatchRequest as KeysHashPatchRequest
    from ._keys_hash_patch_request_limit_reset import (
        KeysHashPatchRequestLimitReset as KeysHashPatchRequestLimitReset,
    )
    from ._keys_hash_patch_response import KeysHashPatchResponse as KeysHashPatchResponse
    from ._keys_hash_patch_response_data import (
        KeysHashPatchResponseData as KeysHashPatchResponseData,
    )
    from ._keys_post_request import KeysPostRequest as KeysPostRequest
    from ._keys_post_request_limit_reset import (
        KeysPostRequestLimitReset as KeysPostRequestLimitReset,
    )
    from ._keys_post_response import KeysPostResponse as KeysPostResponse
    from ._keys_post_response_data import KeysPostResponseData as KeysPostResponseData
    from ._legacy_chat_content_video import LegacyChatContentVideo as LegacyChatContentVideo
    from ._legacy_web_search_server_tool import (
        LegacyWebSearchServerTool as LegacyWebSearchServerTool,
    )
    from ._list_endpoints_response import ListEndpointsResponse as ListEndpointsResponse
    from ._list_guardrails_response import ListGuardrailsResponse as ListGuardrailsResponse
    from ._list_key_assignments_response import (
        ListKeyAssignmentsResponse as ListKeyAssignmentsResponse,
    )
    from ._list_member_assignments_response import (
        ListMemberAssignmentsResponse as ListMemberAssignmentsResponse,
    )
    from ._mcp_server_tool import McpServerTool as McpServerTool
    from ._mcp_server_tool_allowed_tools import (
        McpServerToolAllowedTools as McpServerToolAllowedTools,
    )
    from ._mcp_server_tool_connector_id import McpServerToolConnectorId as McpServerToolConnectorId
    from ._mcp_server_tool_require_approval import (
        McpServerToolRequireApproval as McpServerToolRequireApproval,
    )
    from ._mcp_server_tool_require_approval_always import (
        McpServerToolRequireApprovalAlways as McpServerToolRequireApprovalAlways,
    )
    from ._mcp_server_tool_require_approval_never import (
        McpServerToolRequireApprovalNever as McpServerToolRequireApprovalNever,
    )
    from ._member_assignment import MemberAssignment as MemberAssignment
    from ._messages_content_block_delta_event import (
        MessagesContentBlockDeltaEvent as MessagesContentBlockDeltaEvent,
    )
    from ._messages_content_block_delta_event_delta import (
        MessagesContentBlockDeltaEventDelta as MessagesContentBlockDeltaEventDelta,
    )
    from ._messages_content_block_delta_event_delta_citations_delta import (
        MessagesContentBlockDeltaEventDeltaCitationsDelta as MessagesContentBlockDeltaEventDeltaCitationsDelta,
    )
    from ._messages_content_block_delta_event_delta_compaction_delta import (
        MessagesContentBlockDeltaEventDeltaCompactionDelta as MessagesContentBlockDeltaEventDeltaCompactionDelta,
    )
    from ._messages_content_block_delta_event_delta_input_json_delta import (
        MessagesContentBlockDeltaEventDeltaInputJsonDelta as MessagesContentBlockDeltaEventDeltaInputJsonDelta,
    )
    from ._messages_content_block_delta_event_delta_signature_delta import (
        MessagesContentBlockDeltaEventDeltaSignatureDelta as MessagesContentBlockDeltaEventDeltaSignatureDelta,
    )
    from ._messages_content_block_delta_event_delta_thinking_delta import (
        MessagesContentBlockDeltaEventDeltaThinkingDelta as MessagesContentBlockDeltaEventDeltaThinkingDelta,
    )
    from ._messages_content_block_start_event import (
        MessagesContentBlockStartEvent as MessagesContentBlockStartEvent,
    )
    from ._messages_content_block_start_event_content_block import (
        MessagesContentBlockStartEventContentBlock as MessagesContentBlockStartEventContentBlock,
    )
    from ._messages_content_block_stop_event import (
        MessagesContentBlockStopEvent as MessagesContentBlockStopEvent,
    )
    from ._messages_delta_event import MessagesDeltaEvent as MessagesDeltaEvent
    from ._messages_delta_event_delta import MessagesDeltaEventDelta as MessagesDeltaEventDelta
    from ._messages_delta_event_usage import MessagesDeltaEventUsage as MessagesDeltaEventUsage
    from ._messages_delta_event_usage_server_tool_use import (
        MessagesDeltaEventUsageServerToolUse as MessagesDeltaEventUsageServerToolUse,
    )
    from ._messages_error_detail import MessagesErrorDetail as MessagesErrorDetail
    from ._messages_error_event import MessagesErrorEvent as MessagesErrorEvent
    from ._messages_error_event_error import MessagesErrorEventError as MessagesErrorEventError
    from ._messages_error_response import MessagesErrorResponse as MessagesErrorResponse
    from ._messages_message_param import MessagesMessageParam as MessagesMessageParam
    from ._messages_message_param_content import (
        MessagesMessageParamContent as MessagesMessageParamContent,
    )
    from ._messages_message_param_content_compaction import (
        MessagesMessageParamContentCompaction as MessagesMessageParamContentCompaction,
    )
    from ._messages_message_param_content_redacted_thinking import (
        MessagesMessageParamContentRedactedThinking as MessagesMessageParamContentRedactedThinking,
    )
    from ._messages_message_param_content_server_tool_use import (
        MessagesMessageParamContentServerToolUse as MessagesMessageParamContentServerToolUse,
    )
    from ._messages_message_param_content_thinking import (
        MessagesMessageParamContentThinking as MessagesMessageParamContentThinking,
    )
    from ._messages_message_param_content_tool_result import (
        MessagesMessageParamContentToolResult as MessagesMessageParamContentToolResult,
    )
    from ._messages_message_param_content_tool_result_content import (
        MessagesMessageParamContentToolResultContent as MessagesMessageParamContentToolResultContent,
    )
    from ._messages_message_param_content_web_search_tool_result import (
        MessagesMessageParamContentWebSearchToolResult as MessagesMessageParamContentWebSearchToolResult,
    )
    from ._messages_message_param_content_web_search_tool_result_content import (
        MessagesMessageParamContentWebSearchToolResultContent as MessagesMessageParamContentWebSearchToolResultContent,
    )
    from ._messages_message_param_content_web_search_tool_result_content_error_code import (
        MessagesMessageParamContentWebSearchToolResultContentErrorCode as MessagesMessageParamContentWebSearchToolResultContentErrorCode,
    )
    from ._messages_message_param_role import MessagesMessageParamRole as MessagesMessageParamRole
    from ._messages_output_config import MessagesOutputConfig as MessagesOutputConfig
    from ._messages_output_config_effort import (
        MessagesOutputConfigEffort as MessagesOutputConfigEffort,
    )
    from ._messages_output_config_format import (
        MessagesOutputConfigFormat as MessagesOutputConfigFormat,
    )
    from ._messages_ping_event import MessagesPingEvent as MessagesPingEvent
    from ._messages_post_response import MessagesPostResponse as MessagesPostResponse
    from ._messages_request import MessagesRequest as MessagesRequest
    from ._messages_request_context_management import (
        MessagesRequestContextManagement as MessagesRequestContextManagement,
    )
    from ._messages_request_context_management_edits import (
        MessagesRequestContextManagementEdits as MessagesRequestContextManagementEdits,
    )
    from ._messages_request_context_management_edits_clear_thinking20251015 import (
        MessagesRequestContextManagementEditsClearThinking20251015 as MessagesRequestContextManagementEditsClearThinking20251015,
    )
    from ._messages_request_context_management_edits_clear_thinking20251015_keep import (
        MessagesRequestContextManagementEditsClearThinking20251015Keep as MessagesRequestContextManagementEditsClearThinking20251015Keep,
    )
    from ._messages_request_context_management_edits_compact20260112 import (
        MessagesRequestContextManagementEditsCompact20260112 as MessagesRequestContextManagementEditsCompact20260112,
    )
    from ._messages_request_metadata import MessagesRequestMetadata as MessagesRequestMetadata
    from ._messages_request_plugins import MessagesRequestPlugins as MessagesRequestPlugins
    from ._messages_request_service_tier import (
        MessagesRequestServiceTier as MessagesRequestServiceTier,
    )
    from ._messages_request_thinking import MessagesRequestThinking as MessagesRequestThinking
    from ._messages_request_thinking_adaptive import (
        MessagesRequestThinkingAdaptive as MessagesRequestThinkingAdaptive,
    )
    from ._messages_request_thinking_disabled import (
        MessagesRequestThinkingDisabled as MessagesRequestThinkingDisabled,
    )
    from ._messages_request_tool_choice import (
        MessagesRequestToolChoice as MessagesRequestToolChoice,
    )
    from ._messages_request_tool_choice_any import (
        MessagesRequestToolChoiceAny as MessagesRequestToolChoiceAny,
    )
    from ._messages_request_tool_choice_none import (
        MessagesRequestToolChoiceNone as MessagesRequestToolChoiceNone,
    )
    from ._messages_request_tool_choice_tool import (
        MessagesRequestToolChoiceTool as MessagesRequestToolChoiceTool,
    )
    from ._messages_request_tools import MessagesRequestTools as MessagesRequestTools
    from ._messages_request_tools_bash20250124 import (
        MessagesRequestToolsBash20250124 as MessagesRequestToolsBash20250124,
    )
    from ._messages_request_tools_input_schema import (
        MessagesRequestToolsInputSchema as MessagesRequestToolsInputSchema,
    )
    from ._messages_request_tools_text_editor20250124 import (
        MessagesRequestToolsTextEditor20250124 as MessagesRequestToolsTextEditor20250124,
    )
    from ._messages_request_tools_web_search20250305 import (
        MessagesRequestToolsWebSearch20250305 as MessagesRequestToolsWebSearch20250305,
    )
    from ._messages_request_tools_web_search20260209 import (
        MessagesRequestToolsWebSearch20260209 as MessagesRequestToolsWebSearch20260209,
    )
    from ._messages_request_tools_web_search20260209_allowed_caller import (
        MessagesRequestToolsWebSearch20260209AllowedCaller as MessagesRequestToolsWebSearch20260209AllowedCaller,
    )
    from ._messages_result import MessagesResult as MessagesResult
    from ._messages_start_event import MessagesStartEvent as MessagesStartEvent
    from ._messages_start_event_message import (
        MessagesStartEventMessage as MessagesStartEventMessage,
    )
    from ._messages_start_event_message_provider import (
        MessagesStartEventMessageProvider as MessagesStartEventMessageProvider,
    )
    from ._messages_stop_event import MessagesStopEvent as MessagesStopEvent
    from ._messages_stream_events import MessagesStreamEvents as MessagesStreamEvents
    from ._model import Model as Model
    from ._model_architecture import ModelArchitecture as ModelArchitecture
    from ._model_architecture_instruct_type import (
        ModelArchitectureInstructType as ModelArchitectureInstructType,
    )
    from ._model_group import ModelGroup as ModelGroup
    from ._model_links import ModelLinks as ModelLinks
    from ._model_name import ModelName as ModelName
    from ._models_author_slug_endpoints_get_response import (
        ModelsAuthorSlugEndpointsGetResponse as ModelsAuthorSlugEndpointsGetResponse,
    )
    from ._models_count_get_parameters_query import (
        ModelsCountGetParametersQuery as ModelsCountGetParametersQuery,
    )
    from ._models_count_response import ModelsCountResponse as ModelsCountResponse
    from ._models_count_response_data import ModelsCountResponseData as ModelsCountResponseData
    from ._models_get_parameters_query import ModelsGetParametersQuery as ModelsGetParametersQuery
    from ._models_get_parameters_query_category import (
        ModelsGetParametersQueryCategory as ModelsGetParametersQueryCategory,
    )
    from ._models_list_response import ModelsListResponse as ModelsListResponse
    from ._models_list_response_data import ModelsListResponseData as ModelsListResponseData
    from ._moderation_plugin import ModerationPlugin as ModerationPlugin
    from ._not_found_response import NotFoundResponse as NotFoundResponse
    from ._not_found_response_error_data import (
        NotFoundResponseErrorData as NotFoundResponseErrorData,
    )
    from ._open_ai_response_function_tool_call import (
        OpenAIResponseFunctionToolCall as OpenAIResponseFunctionToolCall,
    )
    from ._open_ai_response_function_tool_call_output import (
        OpenAIResponseFunctionToolCallOutput as OpenAIResponseFunctionToolCallOutput,
    )
    from ._open_ai_response_function_tool_call_output_output import (
        OpenAIResponseFunctionToolCallOutputOutput as OpenAIResponseFunctionToolCallOutputOutput,
    )
    from ._open_ai_response_input_message_item import (
        OpenAIResponseInputMessageItem as OpenAIResponseInputMessageItem,
    )
    from ._open_ai_response_input_message_item_content import (
        OpenAIResponseInputMessageItemContent as OpenAIResponseInputMessageItemContent,
    )
    from ._open_ai_responses_annotation import (
        OpenAIResponsesAnnotation as OpenAIResponsesAnnotation,
    )
    from ._open_ai_responses_image_gen_call_completed import (
        OpenAIResponsesImageGenCallCompleted as OpenAIResponsesImageGenCallCompleted,
    )
    from ._open_ai_responses_image_gen_call_generating import (
        OpenAIResponsesImageGenCallGenerating as OpenAIResponsesImageGenCallGenerating,
    )
    from ._open_ai_responses_image_gen_call_in_progress import (
        OpenAIResponsesImageGenCallInProgress as OpenAIResponsesImageGenCallInProgress,
    )
    from ._open_ai_responses_image_gen_call_partial_image import (
        OpenAIResponsesImageGenCallPartialImage as OpenAIResponsesImageGenCallPartialImage,
    )
    from ._open_ai_responses_refusal_content import (
        OpenAIResponsesRefusalContent as OpenAIResponsesRefusalContent,
    )
    from ._open_ai_responses_response_status import (
        OpenAIResponsesResponseStatus as OpenAIResponsesResponseStatus,
    )
    from ._open_ai_responses_search_completed import (
        OpenAIResponsesSearchCompleted as OpenAIResponsesSearchCompleted,
    )
    from ._open_ai_responses_tool_choice import (
        OpenAIResponsesToolChoice as OpenAIResponsesToolChoice,
    )
    from ._open_ai_responses_tool_choice1 import (
        OpenAIResponsesToolChoice1 as OpenAIResponsesToolChoice1,
    )
    from ._open_ai_responses_tool_choice_object import (
        OpenAIResponsesToolChoiceObject as OpenAIResponsesToolChoiceObject,
    )
    from ._open_ai_responses_truncation import (
        OpenAIResponsesTruncation as OpenAIResponsesTruncation,
    )
    from ._open_ai_responses_truncation_value import (
        OpenAIResponsesTruncationValue as OpenAIResponsesTruncationValue,
    )
    from ._open_ai_responses_usage import OpenAIResponsesUsage as OpenAIResponsesUsage
    from ._open_ai_responses_usage_input_tokens_details import (
        OpenAIResponsesUsageInputTokensDetails as OpenAIResponsesUsageInputTokensDetails,
    )
    from ._open_ai_responses_usage_output_tokens_details import (
        OpenAIResponsesUsageOutputTokensDetails as OpenAIResponsesUsageOutputTokensDetails,
    )
    from ._open_ai_responses_web_search_call_in_progress import (
        OpenAIResponsesWebSearchCallInProgress as OpenAIResponsesWebSearchCallInProgress,
    )
    from ._open_ai_responses_web_search_call_searching import (
        OpenAIResponsesWebSearchCallSearching as OpenAIResponsesWebSearchCallSearching,
    )
    from ._open_responses_created_event import (
        OpenResponsesCreatedEvent as OpenResponsesCreatedEvent,
    )
    from ._open_responses_in_progress_event import (
        OpenResponsesInProgressEvent as OpenResponsesInProgressEvent,
    )
    from ._open_responses_log_probs import OpenResponsesLogProbs as OpenResponsesLogProbs
    from ._open_responses_result import OpenResponsesResult as OpenResponsesResult
    from ._open_responses_top_logprobs import OpenResponsesTopLogprobs as OpenResponsesTopLogprobs
    from ._open_router_web_search_server_tool import (
        OpenRouterWebSearchServerTool as OpenRouterWebSearchServerTool,
    )
    from ._or_anthropic_content_block import ORAnthropicContentBlock as ORAnthropicContentBlock
    from ._or_anthropic_stop_reason import ORAnthropicStopReason as ORAnthropicStopReason
    from ._or_anthropic_stop_reason_value import (
        ORAnthropicStopReasonValue as ORAnthropicStopReasonValue,
    )
    from ._organization_members_get_parameters_query import (
        OrganizationMembersGetParametersQuery as OrganizationMembersGetParametersQuery,
    )
    from ._organization_members_get_response import (
        OrganizationMembersGetResponse as OrganizationMembersGetResponse,
    )
    from ._organization_members_get_response_datum import (
        OrganizationMembersGetResponseDatum as OrganizationMembersGetResponseDatum,
    )
    from ._organization_members_get_response_datum_role import (
        OrganizationMembersGetResponseDatumRole as OrganizationMembersGetResponseDatumRole,
    )
    from ._output_datetime_item import OutputDatetimeItem as OutputDatetimeItem
    from ._output_file_search_call_item import OutputFileSearchCallItem as OutputFileSearchCallItem
    from ._output_function_call_item import OutputFunctionCallItem as OutputFunctionCallItem
    from ._output_image_generation_call_item import (
        OutputImageGenerationCallItem as OutputImageGenerationCallItem,
    )
    from ._output_item_added_event import OutputItemAddedEvent as OutputItemAddedEvent
    from ._output_item_done_event import OutputItemDoneEvent as OutputItemDoneEvent
    from ._output_item_file_search_call import OutputItemFileSearchCall as OutputItemFileSearchCall
    from ._output_item_function_call import OutputItemFunctionCall as OutputItemFunctionCall
    from ._output_item_image_generation_call import (
        OutputItemImageGenerationCall as OutputItemImageGenerationCall,
    )
    from ._output_item_reasoning import OutputItemReasoning as OutputItemReasoning
    from ._output_item_web_search_call import OutputItemWebSearchCall as OutputItemWebSearchCall
    from ._output_item_web_search_call_action import (
        OutputItemWebSearchCallAction as OutputItemWebSearchCallAction,
    )
    from ._output_item_web_search_call_action_find_in_page import (
        OutputItemWebSearchCallActionFindInPage as OutputItemWebSearchCallActionFindInPage,
    )
    from ._output_item_web_search_call_action_open_page import (
        OutputItemWebSearchCallActionOpenPage as OutputItemWebSearchCallActionOpenPage,
    )
    from ._output_items import OutputItems as OutputItems
    from ._output_message import OutputMessage as OutputMessage
    from ._output_message_item import OutputMessageItem as OutputMessageItem
    from ._output_modality import OutputModality as OutputModality
    from ._output_modality_enum import OutputModalityEnum as OutputModalityEnum
    from ._output_reasoning_item import OutputReasoningItem as OutputReasoningItem
    from ._output_web_search_call_item import OutputWebSearchCallItem as OutputWebSearchCallItem
    from ._output_web_search_server_tool_item import (
        OutputWebSearchServerToolItem as OutputWebSearchServerToolItem,
    )
    from ._parameter import Parameter as Parameter
    from ._payload_too_large_response import PayloadTooLargeResponse as PayloadTooLargeResponse
    from ._payload_too_large_response_error_data import (
        PayloadTooLargeResponseErrorData as PayloadTooLargeResponseErrorData,
    )
    from ._payment_required_response import PaymentRequiredResponse as PaymentRequiredResponse
    from ._payment_required_response_error_data import (
        PaymentRequiredResponseErrorData as PaymentRequiredResponseErrorData,
    )
    from ._pdf_parser_engine import PDFParserEngine as PDFParserEngine
    from ._pdf_parser_engine_value import PDFParserEngineValue as PDFParserEngineValue
    from ._pdf_parser_options import PDFParserOptions as PDFParserOptions
    from ._per_request_limits import PerRequestLimits as PerRequestLimits
    from ._percentile_latency_cutoffs import PercentileLatencyCutoffs as PercentileLatencyCutoffs
    from ._percentile_stats import PercentileStats as PercentileStats
    from ._percentile_throughput_cutoffs import (
        PercentileThroughputCutoffs as PercentileThroughputCutoffs,
    )
    from ._preferred_max_latency import PreferredMaxLatency as PreferredMaxLatency
    from ._preferred_min_throughput import PreferredMinThroughput as PreferredMinThroughput
    from ._preview20250311_web_search_server_tool import (
        Preview20250311WebSearchServerTool as Preview20250311WebSearchServerTool,
    )
    from ._preview_web_search_server_tool import (
        PreviewWebSearchServerTool as PreviewWebSearchServerTool,
    )
    from ._preview_web_search_user_location import (
        PreviewWebSearchUserLocation as PreviewWebSearchUserLocation,
    )
    from ._provider_name import ProviderName as ProviderName
    from ._provider_overloaded_response import (
        ProviderOverloadedResponse as ProviderOverloadedResponse,
    )
    from ._provider_overloaded_response_error_data import (
        ProviderOverloadedResponseErrorData as ProviderOverloadedResponseErrorData,
    )
    from ._provider_preferences import ProviderPreferences as ProviderPreferences
    from ._provider_preferences_data_collection import (
        ProviderPreferencesDataCollection as ProviderPreferencesDataCollection,
    )
    from ._provider_preferences_max_price import (
        ProviderPreferencesMaxPrice as ProviderPreferencesMaxPrice,
    )
    from ._provider_response import ProviderResponse as ProviderResponse
    from ._provider_response_provider_name import (
        ProviderResponseProviderName as ProviderResponseProviderName,
    )
    from ._provider_sort import ProviderSort as ProviderSort
    from ._provider_sort_config import ProviderSortConfig as ProviderSortConfig
    from ._provider_sort_config_by import ProviderSortConfigBy as ProviderSortConfigBy
    from ._provider_sort_config_partition import (
        ProviderSortConfigPartition as ProviderSortConfigPartition,
    )
    from ._providers_get_response import ProvidersGetResponse as ProvidersGetResponse
    from ._providers_get_response_datum import (
        ProvidersGetResponseDatum as ProvidersGetResponseDatum,
    )
    from ._providers_get_response_datum_datacenter import (
        ProvidersGetResponseDatumDatacenter as ProvidersGetResponseDatumDatacenter,
    )
    from ._providers_get_response_datum_headquarters import (
        ProvidersGetResponseDatumHeadquarters as ProvidersGetResponseDatumHeadquarters,
    )
    from ._public_endpoint import PublicEndpoint as PublicEndpoint
    from ._public_endpoint_pricing import PublicEndpointPricing as PublicEndpointPricing
    from ._public_pricing import PublicPricing as PublicPricing
    from ._quantization import Quantization as Quantization
    from ._reasoning_config import ReasoningConfig as ReasoningConfig
    from ._reasoning_delta_event import ReasoningDeltaEvent as ReasoningDeltaEvent
    from ._reasoning_detail_encrypted import ReasoningDetailEncrypted as ReasoningDetailEncrypted
    from ._reasoning_detail_summary import ReasoningDetailSummary as ReasoningDetailSummary
    from ._reasoning_detail_text import ReasoningDetailText as ReasoningDetailText
    from ._reasoning_detail_union import ReasoningDetailUnion as ReasoningDetailUnion
    from ._reasoning_done_event import ReasoningDoneEvent as ReasoningDoneEvent
    from ._reasoning_effort import ReasoningEffort as ReasoningEffort
    from ._reasoning_effort_value import ReasoningEffortValue as ReasoningEffortValue
    from ._reasoning_format import ReasoningFormat as ReasoningFormat
    from ._reasoning_format_value import ReasoningFormatValue as ReasoningFormatValue
    from ._reasoning_item import ReasoningItem as ReasoningItem
    from ._reasoning_summary_part_added_event import (
        ReasoningSummaryPartAddedEvent as ReasoningSummaryPartAddedEvent,
    )
    from ._reasoning_summary_part_done_event import (
        ReasoningSummaryPartDoneEvent as ReasoningSummaryPartDoneEvent,
    )
    from ._reasoning_summary_text import ReasoningSummaryText as ReasoningSummaryText
    from ._reasoning_summary_text_delta_event import (
        ReasoningSummaryTextDeltaEvent as ReasoningSummaryTextDeltaEvent,
    )
    from ._reasoning_summary_text_done_event import (
        ReasoningSummaryTextDoneEvent as ReasoningSummaryTextDoneEvent,
    )
    from ._reasoning_summary_verbosity import ReasoningSummaryVerbosity as ReasoningSummaryVerbosity
    from ._reasoning_summary_verbosity_value import (
        ReasoningSummaryVerbosityValue as ReasoningSummaryVerbosityValue,
    )
    from ._reasoning_text_content import ReasoningTextContent as ReasoningTextContent
    from ._refusal_delta_event import RefusalDeltaEvent as RefusalDeltaEvent
    from ._refusal_done_event import RefusalDoneEvent as RefusalDoneEvent
    from ._request_metadata import RequestMetadata as RequestMetadata
    from ._request_timeout_response import RequestTimeoutResponse as RequestTimeoutResponse
    from ._request_timeout_response_error_data import (
        RequestTimeoutResponseErrorData as RequestTimeoutResponseErrorData,
    )
    from ._rerank_post_request import RerankPostRequest as RerankPostRequest
    from ._rerank_post_response import RerankPostResponse as RerankPostResponse
    from ._rerank_post_response_result import RerankPostResponseResult as RerankPostResponseResult
    from ._rerank_post_response_result_document import (
        RerankPostResponseResultDocument as RerankPostResponseResultDocument,
    )
    from ._rerank_post_response_usage import RerankPostResponseUsage as RerankPostResponseUsage
    from ._response_healing_plugin import ResponseHealingPlugin as ResponseHealingPlugin
    from ._response_includes_enum import ResponseIncludesEnum as ResponseIncludesEnum
    from ._response_output_text import ResponseOutputText as ResponseOutputText
    from ._response_output_text_logprob import (
        ResponseOutputTextLogprob as ResponseOutputTextLogprob,
    )
    from ._response_output_text_logprob_top_logprob import (
        ResponseOutputTextLogprobTopLogprob as ResponseOutputTextLogprobTopLogprob,
    )
    from ._responses_error_field import ResponsesErrorField as ResponsesErrorField
    from ._responses_error_field_code import ResponsesErrorFieldCode as ResponsesErrorFieldCode
    from ._responses_post_response import ResponsesPostResponse as ResponsesPostResponse
    from ._responses_request import ResponsesRequest as ResponsesRequest
    from ._responses_request_plugins import ResponsesRequestPlugins as ResponsesRequestPlugins
    from ._responses_request_service_tier import (
        ResponsesRequestServiceTier as ResponsesRequestServiceTier,
    )
    from ._search_context_size_enum import SearchContextSizeEnum as SearchContextSizeEnum
    from ._search_quality_level import SearchQualityLevel as SearchQualityLevel
    from ._service_tier import ServiceTier as ServiceTier
    from ._service_tier_value import ServiceTierValue as ServiceTierValue
    from ._service_unavailable_response import (
        ServiceUnavailableResponse as ServiceUnavailableResponse,
    )
    from ._service_unavailable_response_error_data import (
        ServiceUnavailableResponseErrorData as ServiceUnavailableResponseErrorData,
    )
    from ._shell_server_tool import ShellServerTool as ShellServerTool
    from ._stored_prompt_template import StoredPromptTemplate as StoredPromptTemplate
    from ._stream_events import StreamEvents as StreamEvents
    from ._stream_events_response_completed import (
        StreamEventsResponseCompleted as StreamEventsResponseCompleted,
    )
    from ._stream_events_response_failed import (
        StreamEventsResponseFailed as StreamEventsResponseFailed,
    )
    from ._stream_events_response_incomplete import (
        StreamEventsResponseIncomplete as StreamEventsResponseIncomplete,
    )
    from ._stream_events_response_output_item_added import (
        StreamEventsResponseOutputItemAdded as StreamEventsResponseOutputItemAdded,
    )
    from ._stream_events_response_output_item_done import (
        StreamEventsResponseOutputItemDone as StreamEventsResponseOutputItemDone,
    )
    from ._stream_logprob import StreamLogprob as StreamLogprob
    from ._stream_logprob_top_logprob import StreamLogprobTopLogprob as StreamLogprobTopLogprob
    from ._text_config import TextConfig as TextConfig
    from ._text_config_verbosity import TextConfigVerbosity as TextConfigVerbosity
    from ._text_delta_event import TextDeltaEvent as TextDeltaEvent
    from ._text_done_event import TextDoneEvent as TextDoneEvent
    from ._text_extended_config import TextExtendedConfig as TextExtendedConfig
    from ._too_many_requests_response import TooManyRequestsResponse as TooManyRequestsResponse
    from ._too_many_requests_response_error_data import (
        TooManyRequestsResponseErrorData as TooManyRequestsResponseErrorData,
    )
    from ._tool_call_status import ToolCallStatus as ToolCallStatus
    from ._tool_choice_allowed import ToolChoiceAllowed as ToolChoiceAllowed
    from ._top_provider_info import TopProviderInfo as TopProviderInfo
    from ._trace_config import TraceConfig as TraceConfig
    from ._truncation import Truncation as Truncation
    from ._truncation_truncation import TruncationTruncation as TruncationTruncation
    from ._unauthorized_response import UnauthorizedResponse as UnauthorizedResponse
    from ._unauthorized_response_error_data import (
        UnauthorizedResponseErrorData as UnauthorizedResponseErrorData,
    )
    from ._unprocessable_entity_response import (
        UnprocessableEntityResponse as UnprocessableEntityResponse,
    )
    from ._unprocessable_entity_response_error_data import (
        UnprocessableEntityResponseErrorData as UnprocessableEntityResponseErrorData,
    )
    from ._update_guardrail_request import UpdateGuardrailRequest as UpdateGuardrailRequest
    from ._update_guardrail_response import UpdateGuardrailResponse as UpdateGuardrailResponse
    from ._url_citation import URLCitation as URLCitation
    from ._usage import Usage as Usage
    from ._usage2 import Usage2 as Usage2
    from ._usage_anthropic_usage import UsageAnthropicUsage as UsageAnthropicUsage
    from ._usage_anthropic_usage_cost_details import (
        UsageAnthropicUsageCostDetails as UsageAnthropicUsageCostDetails,
    )
    from ._usage_cost_details import UsageCostDetails as UsageCostDetails
    from ._usage_model import UsageModel as UsageModel
    from ._web_search_call_completed_event import (
        WebSearchCallCompletedEvent as WebSearchCallCompletedEvent,
    )
    from ._web_search_call_in_progress_event import (
        WebSearchCallInProgressEvent as WebSearchCallInProgressEvent,
    )
    from ._web_search_call_searching_event import (
        WebSearchCallSearchingEvent as WebSearchCallSearchingEvent,
    )
    from ._web_search_config import WebSearchConfig as WebSearchConfig
    from ._web_search_domain_filter import WebSearchDomainFilter as WebSearchDomainFilter
    from ._web_search_engine import WebSearchEngine as WebSearchEngine
    from ._web_search_engine_enum import WebSearchEngineEnum as WebSearchEngineEnum
    from ._web_search_plugin import WebSearchPlugin as WebSearchPlugin
    from ._web_search_server_tool import WebSearchServerTool as WebSearchServerTool
    from ._web_search_server_tool_open_router import (
        WebSearchServerToolOpenRouter as WebSearchServerToolOpenRouter,
    )
    from ._web_search_server_tool_open_router_parameters import (
        WebSearchServerToolOpenRouterParameters as WebSearchServerToolOpenRouterParameters,
    )
    from ._web_search_source import WebSearchSource as WebSearchSource
    from ._web_search_status import WebSearchStatus as WebSearchStatus
    from ._web_search_user_location import WebSearchUserLocation as WebSearchUserLocation
    from ._web_search_user_location_server_tool import (
        WebSearchUserLocationServerTool as WebSearchUserLocationServerTool,
    )

_MODULES: dict[str, str] = {
    "ActivityGetParametersQuery": "_activity_get_parameters_query",
    "ActivityItem": "_activity_item",
    "ActivityResponse": "_activity_response",
    "AnnotationAddedEvent": "_annotation_added_event",
    "AnthropicBase64ImageSource": "_anthropic_base64_image_source",
    "AnthropicBase64PdfSource": "_anthropic_base64_pdf_source",
    "AnthropicBaseUsageIteration": "_anthropic_base_usage_iteration",
    "AnthropicBashCodeExecutionContent": "_anthropic_bash_code_execution_content",
    "AnthropicBashCodeExecutionOutput": "_anthropic_bash_code_execution_output",
    "AnthropicBashCodeExecutionResult": "_anthropic_bash_code_execution_result",
    "AnthropicBashCodeExecutionToolResult": "_anthropic_bash_code_execution_tool_result",
    "AnthropicBashCodeExecutionToolResultError": "_anthropic_bash_code_execution_tool_result_error",
    "AnthropicBashCodeExecutionToolResultErrorErrorCode": "_anthropic_bash_code_execution_tool_result_error_error_code",
    "AnthropicCacheControlDirective": "_anthropic_cache_control_directive",
    "AnthropicCacheControlTtl": "_anthropic_cache_control_ttl",
    "AnthropicCacheCreation": "_anthropic_cache_creation",
    "AnthropicCaller": "_anthropic_caller",
    "AnthropicCitationCharLocation": "_anthropic_citation_char_location",
    "AnthropicCitationCharLocationParam": "_anthropic_citation_char_location_param",
    "AnthropicCitationContentBlockLocation": "_anthropic_citation_content_block_location",
    "AnthropicCitationContentBlockLocationParam": "_anthropic_citation_content_block_location_param",
    "AnthropicCitationPageLocation": "_anthropic_citation_page_location",
    "AnthropicCitationPageLocationParam": "_anthropic_citation_page_location_param",
    "AnthropicCitationSearchResultLocation": "_anthropic_citation_search_result_location",
    "AnthropicCitationWebSearchResultLocation": "_anthropic_citation_web_search_result_location",
    "AnthropicCitationsConfig": "_anthropic_citations_config",
    "AnthropicCodeExecution20250825Caller": "_anthropic_code_execution20250825_caller",
    "AnthropicCodeExecution20260120Caller": "_anthropic_code_execution20260120_caller",
    "AnthropicCodeExecutionContent": "_anthropic_code_execution_content",
    "AnthropicCodeExecutionOutput": "_anthropic_code_execution_output",
    "AnthropicCodeExecutionResult": "_anthropic_code_execution_result",
    "AnthropicCodeExecutionToolResult": "_anthropic_code_execution_tool_result",
    "AnthropicCodeExecutionToolResultError": "_anthropic_code_execution_tool_result_error",
    "AnthropicCompactionBlock": "_anthropic_compaction_block",
    "AnthropicCompactionUsageIteration": "_anthropic_compaction_usage_iteration",
    "AnthropicContainer": "_anthropic_container",
    "AnthropicContainerUpload": "_anthropic_container_upload",
    "AnthropicDirectCaller": "_anthropic_direct_caller",
    "AnthropicDocumentBlock": "_anthropic_document_block",
    "AnthropicDocumentBlockParam": "_anthropic_document_block_param",
    "AnthropicDocumentBlockParamCitations": "_anthropic_document_block_param_citations",
    "AnthropicDocumentBlockParamSource": "_anthropic_document_block_param_source",
    "AnthropicDocumentBlockParamSourceContent": "_anthropic_document_block_param_source_content",
    "AnthropicEncryptedCodeExecutionResult": "_anthropic_encrypted_code_execution_result",
    "AnthropicImageBlockParam": "_anthropic_image_block_param",
    "AnthropicImageMimeType": "_anthropic_image_mime_type",
    "AnthropicInputTokensClearAtLeast": "_anthropic_input_tokens_clear_at_least",
    "AnthropicInputTokensTrigger": "_anthropic_input_tokens_trigger",
    "AnthropicIterationCacheCreation": "_anthropic_iteration_cache_creation",
    "AnthropicMessageUsageIteration": "_anthropic_message_usage_iteration",
    "AnthropicPlainTextSource": "_anthropic_plain_text_source",
    "AnthropicRedactedThinkingBlock": "_anthropic_redacted_thinking_block",
    "AnthropicSearchResultBlockParam": "_anthropic_search_result_block_param",
    "AnthropicSearchResultBlockParamCitations": "_anthropic_search_result_block_param_citations",
    "AnthropicServerToolErrorCode": "_anthropic_server_tool_error_code",
    "AnthropicServerToolName": "_anthropic_server_tool_name",
    "AnthropicServerToolUsage": "_anthropic_server_tool_usage",
    "AnthropicServerToolUseBlock": "_anthropic_server_tool_use_block",
    "AnthropicServiceTier": "_anthropic_service_tier",
    "AnthropicServiceTierValue": "_anthropic_service_tier_value",
    "AnthropicSpeed": "_anthropic_speed",
    "AnthropicSpeedValue": "_anthropic_speed_value",
    "AnthropicTextBlock": "_anthropic_text_block",
    "AnthropicTextBlockParam": "_anthropic_text_block_param",
    "AnthropicTextBlockParamCitations": "_anthropic_text_block_param_citations",
    "AnthropicTextCitation": "_anthropic_text_citation",
    "AnthropicTextEditorCodeExecutionContent": "_anthropic_text_editor_code_execution_content",
    "AnthropicTextEditorCodeExecutionCreateResult": "_anthropic_text_editor_code_execution_create_result",
    "AnthropicTextEditorCodeExecutionStrReplaceResult": "_anthropic_text_editor_code_execution_str_replace_result",
    "AnthropicTextEditorCodeExecutionToolResult": "_anthropic_text_editor_code_execution_tool_result",
    "AnthropicTextEditorCodeExecutionToolResultError": "_anthropic_text_editor_code_execution_tool_result_error",
    "AnthropicTextEditorCodeExecutionToolResultErrorErrorCode": "_anthropic_text_editor_code_execution_tool_result_error_error_code",
    "AnthropicTextEditorCodeExecutionViewResult": "_anthropic_text_editor_code_execution_view_result",
    "AnthropicTextEditorCodeExecutionViewResultFileType": "_anthropic_text_editor_code_execution_view_result_file_type",
    "AnthropicThinkingBlock": "_anthropic_thinking_block",
    "AnthropicThinkingTurns": "_anthropic_thinking_turns",
    "AnthropicToolReference": "_anthropic_tool_reference",
    "AnthropicToolSearchContent": "_anthropic_tool_search_content",
    "AnthropicToolSearchResult": "_anthropic_tool_search_result",
    "AnthropicToolSearchResultError": "_anthropic_tool_search_result_error",
    "AnthropicToolSearchToolResult": "_anthropic_tool_search_tool_result",
    "AnthropicToolUseBlock": "_anthropic_tool_use_block",
    "AnthropicToolUsesKeep": "_anthropic_tool_uses_keep",
    "AnthropicToolUsesTrigger": "_anthropic_tool_uses_trigger",
    "AnthropicUnknownUsageIteration": "_anthropic_unknown_usage_iteration",
    "AnthropicUrlImageSource": "_anthropic_url_image_source",
    "AnthropicUrlPdfSource": "_anthropic_url_pdf_source",
    "AnthropicUsage": "_anthropic_usage",
    "AnthropicUsageIteration": "_anthropic_usage_iteration",
    "AnthropicWebFetchBlock": "_anthropic_web_fetch_block",
    "AnthropicWebFetchContent": "_anthropic_web_fetch_content",
    "AnthropicWebFetchToolResult": "_anthropic_web_fetch_tool_result",
    "AnthropicWebFetchToolResultError": "_anthropic_web_fetch_tool_result_error",
    "AnthropicWebFetchToolResultErrorErrorCode": "_anthropic_web_fetch_tool_result_error_error_code",
    "AnthropicWebSearchResult": "_anthropic_web_search_result",
    "AnthropicWebSearchResultBlockParam": "_anthropic_web_search_result_block_param",
    "AnthropicWebSearchToolResult": "_anthropic_web_search_tool_result",
    "AnthropicWebSearchToolResultError": "_anthropic_web_search_tool_result_error",
    "AnthropicWebSearchToolResultErrorErrorCode": "_anthropic_web_search_tool_result_error_error_code",
    "AnthropicWebSearchToolUserLocation": "_anthropic_web_search_tool_user_location",
    "ApplyPatchServerTool": "_apply_patch_server_tool",
    "Architecture": "_architecture",
    "ArchitectureTokenizer": "_architecture_tokenizer",
    "AuthKeysCodePostRequest": "_auth_keys_code_post_request",
    "AuthKeysCodePostRequestCodeChallengeMethod": "_auth_keys_code_post_request_code_challenge_method",
    "AuthKeysCodePostRequestUsageLimitType": "_auth_keys_code_post_request_usage_limit_type",
    "AuthKeysCodePostResponse": "_auth_keys_code_post_response",
    "AuthKeysCodePostResponseData": "_auth_keys_code_post_response_data",
    "AuthKeysPostRequest": "_auth_keys_post_request",
    "AuthKeysPostRequestCodeChallengeMethod": "_auth_keys_post_request_code_challenge_method",
    "AuthKeysPostResponse": "_auth_keys_post_response",
    "AutoRouterPlugin": "_auto_router_plugin",
    "BadGatewayResponse": "_bad_gateway_response",
    "BadGatewayResponseErrorData": "_bad_gateway_response_error_data",
    "BadRequestResponse": "_bad_request_response",
    "BadRequestResponseErrorData": "_bad_request_response_error_data",
    "BaseAnnotationAddedEvent": "_base_annotation_added_event",
    "BaseContentPartAddedEvent": "_base_content_part_added_event",
    "BaseContentPartDoneEvent": "_base_content_part_done_event",
    "BaseErrorEvent": "_base_error_event",
    "BaseFunctionCallArgsDeltaEvent": "_base_function_call_args_delta_event",
    "BaseFunctionCallArgsDoneEvent": "_base_function_call_args_done_event",
    "BaseInputs": "_base_inputs",
    "BaseInputsContent": "_base_inputs_content",
    "BaseInputsObject": "_base_inputs_object",
    "BaseMessagesResult": "_base_messages_result",
    "BaseReasoningConfig": "_base_reasoning_config",
    "BaseReasoningDeltaEvent": "_base_reasoning_delta_event",
    "BaseReasoningDoneEvent": "_base_reasoning_done_event",
    "BaseReasoningSummaryPartAddedEvent": "_base_reasoning_summary_part_added_event",
    "BaseReasoningSummaryPartDoneEvent": "_base_reasoning_summary_part_done_event",
    "BaseReasoningSummaryTextDeltaEvent": "_base_reasoning_summary_text_delta_event",
    "BaseReasoningSummaryTextDoneEvent": "_base_reasoning_summary_text_done_event",
    "BaseRefusalDeltaEvent": "_base_refusal_delta_event",
    "BaseRefusalDoneEvent": "_base_refusal_done_event",
    "BaseResponsesResult": "_base_responses_result",
    "BaseResponsesResultOutput": "_base_responses_result_output",
    "BaseTextDeltaEvent": "_base_text_delta_event",
    "BaseTextDoneEvent": "_base_text_done_event",
    "BigNumberUnion": "_big_number_union",
    "BulkAssignKeysRequest": "_bulk_assign_keys_request",
    "BulkAssignKeysRequestKeyHash": "_bulk_assign_keys_request_key_hash",
    "BulkAssignKeysResponse": "_bulk_assign_keys_response",
    "BulkAssignMembersRequest": "_bulk_assign_members_request",
    "BulkAssignMembersRequestMemberUserId": "_bulk_assign_members_request_member_user_id",
    "BulkAssignMembersResponse": "_bulk_assign_members_response",
    "BulkUnassignKeysRequest": "_bulk_unassign_keys_request",
    "BulkUnassignKeysRequestKeyHash": "_bulk_unassign_keys_request_key_hash",
    "BulkUnassignKeysResponse": "_bulk_unassign_keys_response",
    "BulkUnassignMembersRequest": "_bulk_unassign_members_request",
    "BulkUnassignMembersRequestMemberUserId": "_bulk_unassign_members_request_member_user_id",
    "BulkUnassignMembersResponse": "_bulk_unassign_members_response",
    "ChatAssistantImages": "_chat_assistant_images",
    "ChatAssistantImagesChatAssistantImage": "_chat_assistant_images_chat_assistant_image",
    "ChatAssistantImagesChatAssistantImageImageUrl": "_chat_assistant_images_chat_assistant_image_image_url",
    "ChatAssistantMessage": "_chat_assistant_message",
    "ChatAudioOutput": "_chat_audio_output",
    "ChatChoice": "_chat_choice",
    "ChatCompletionsPostResponse": "_chat_completions_post_response",
    "ChatContentAudio": "_chat_content_audio",
    "ChatContentAudioInputAudio": "_chat_content_audio_input_audio",
    "ChatContentCacheControl": "_chat_content_cache_control",
    "ChatContentFile": "_chat_content_file",
    "ChatContentFileFile": "_chat_content_file_file",
    "ChatContentImage": "_chat_content_image",
    "ChatContentImageImageUrl": "_chat_content_image_image_url",
    "ChatContentImageImageUrlDetail": "_chat_content_image_image_url_detail",
    "ChatContentItems": "_chat_content_items",
    "ChatContentText": "_chat_content_text",
    "ChatContentVideo": "_chat_content_video",
    "ChatContentVideoInput": "_chat_content_video_input",
    "ChatDebugOptions": "_chat_debug_options",
    "ChatDeveloperMessage": "_chat_developer_message",
    "ChatFinishReasonEnum": "_chat_finish_reason_enum",
    "ChatFinishReasonEnumValue": "_chat_finish_reason_enum_value",
    "ChatFormatGrammarConfig": "_chat_format_grammar_config",
    "ChatFormatJsonSchemaConfig": "_chat_format_json_schema_config",
    "ChatFormatPythonConfig": "_chat_format_python_config",
    "ChatFormatTextConfig": "_chat_format_text_config",
    "ChatFunctionTool": "_chat_function_tool",
    "ChatFunctionToolFunction": "_chat_function_tool_function",
    "ChatFunctionToolObject": "_chat_function_tool_object",
    "ChatJsonSchemaConfig": "_chat_json_schema_config",
    "ChatMessages": "_chat_messages",
    "ChatModelNames": "_chat_model_names",
    "ChatNamedToolChoice": "_chat_named_tool_choice",
    "ChatNamedToolChoiceFunction": "_chat_named_tool_choice_function",
    "ChatReasoningDetails": "_chat_reasoning_details",
    "ChatReasoningSummaryVerbosityEnum": "_chat_reasoning_summary_verbosity_enum",
    "ChatReasoningSummaryVerbosityEnumValue": "_chat_reasoning_summary_verbosity_enum_value",
    "ChatRequest": "_chat_request",
    "ChatRequestModality": "_chat_request_modality",
    "ChatRequestPlugins": "_chat_request_plugins",
    "ChatRequestReasoning": "_chat_request_reasoning",
    "ChatRequestReasoningEffort": "_chat_request_reasoning_effort",
    "ChatRequestServiceTier": "_chat_request_service_tier",
    "ChatRequestStop": "_chat_request_stop",
    "ChatResult": "_chat_result",
    "ChatStreamChoice": "_chat_stream_choice",
    "ChatStreamChunk": "_chat_stream_chunk",
    "ChatStreamChunkError": "_chat_stream_chunk_error",
    "ChatStreamDelta": "_chat_stream_delta",
    "ChatStreamOptions": "_chat_stream_options",
    "ChatStreamReasoningDetails": "_chat_stream_reasoning_details",
    "ChatStreamToolCall": "_chat_stream_tool_call",
    "ChatStreamToolCallFunction": "_chat_stream_tool_call_function",
    "ChatSystemMessage": "_chat_system_message",
    "ChatTokenLogprob": "_chat_token_logprob",
    "ChatTokenLogprobTopLogprob": "_chat_token_logprob_top_logprob",
    "ChatTokenLogprobs": "_chat_token_logprobs",
    "ChatToolCall": "_chat_tool_call",
    "ChatToolCallFunction": "_chat_tool_call_function",
    "ChatToolChoice": "_chat_tool_choice",
    "ChatToolMessage": "_chat_tool_message",
    "ChatUsage": "_chat_usage",
    "ChatUsageCompletionTokensDetails": "_chat_usage_completion_tokens_details",
    "ChatUsagePromptTokensDetails": "_chat_usage_prompt_tokens_details",
    "ChatUserMessage": "_chat_user_message",
    "ChatWebSearchShorthand": "_chat_web_search_shorthand",
    "ChatWebSearchShorthandType": "_chat_web_search_shorthand_type",
    "CodeInterpreterServerTool": "_code_interpreter_server_tool",
    "CodeInterpreterServerToolContainer": "_code_interpreter_server_tool_container",
    "CodeInterpreterServerToolContainerMemoryLimit": "_code_interpreter_server_tool_container_memory_limit",
    "CodexLocalShellTool": "_codex_local_shell_tool",
    "CompletedEvent": "_completed_event",
    "CompoundFilter": "_compound_filter",
    "CompoundFilterType": "_compound_filter_type",
    "ComputerUseServerTool": "_computer_use_server_tool",
    "ComputerUseServerToolEnvironment": "_computer_use_server_tool_environment",
    "ConflictResponse": "_conflict_response",
    "ConflictResponseErrorData": "_conflict_response_error_data",
    "ContentPartAddedEvent": "_content_part_added_event",
    "ContentPartDoneEvent": "_content_part_done_event",
    "ContextCompressionEngine": "_context_compression_engine",
    "ContextCompressionPlugin": "_context_compression_plugin",
    "CostDetails": "_cost_details",
    "CreateGuardrailRequest": "_create_guardrail_request",
    "CreateGuardrailResponse": "_create_guardrail_response",
    "CreatedEvent": "_created_event",
    "CreditsGetResponse": "_credits_get_response",
    "CreditsGetResponseData": "_credits_get_response_data",
    "CustomTool": "_custom_tool",
    "CustomToolFormat": "_custom_tool_format",
    "CustomToolFormatGrammar": "_custom_tool_format_grammar",
    "CustomToolFormatGrammarSyntax": "_custom_tool_format_grammar_syntax",
    "DatetimeServerTool": "_datetime_server_tool",
    "DatetimeServerToolParameters": "_datetime_server_tool_parameters",
    "DefaultParameters": "_default_parameters",
    "DeleteGuardrailResponse": "_delete_guardrail_response",
    "DeprecatedRoute": "_deprecated_route",
    "DeprecatedRouteValue": "_deprecated_route_value",
    "EasyInputMessage": "_easy_input_message",
    "EdgeNetworkTimeoutResponse": "_edge_network_timeout_response",
    "EdgeNetworkTimeoutResponseErrorData": "_edge_network_timeout_response_error_data",
    "EmbeddingsPostRequest": "_embeddings_post_request",
    "EmbeddingsPostRequestEncodingFormat": "_embeddings_post_request_encoding_format",
    "EmbeddingsPostRequestInputItem": "_embeddings_post_request_input_item",
    "EmbeddingsPostRequestInputItemContent": "_embeddings_post_request_input_item_content",
    "EmbeddingsPostRequestInputItemContentImageUrl": "_embeddings_post_request_input_item_content_image_url",
    "EmbeddingsPostRequestInputItemContentImageUrlObject": "_embeddings_post_request_input_item_content_image_url_object",
    "EmbeddingsPostResponse": "_embeddings_post_response",
    "EmbeddingsPostResponseDatum": "_embeddings_post_response_datum",
    "EmbeddingsPostResponseUsage": "_embeddings_post_response_usage",
    "EndpointStatus": "_endpoint_status",
    "EndpointsZdrGetResponse": "_endpoints_zdr_get_response",
    "ErrorEvent": "_error_event",
    "FailedEvent": "_failed_event",
    "FileCitation": "_file_citation",
    "FileParserPlugin": "_file_parser_plugin",
    "FilePath": "_file_path",
    "FileSearchServerTool": "_file_search_server_tool",
    "FileSearchServerToolFilters": "_file_search_server_tool_filters",
    "FileSearchServerToolFiltersType": "_file_search_server_tool_filters_type",
    "FileSearchServerToolRankingOptions": "_file_search_server_tool_ranking_options",
    "FileSearchServerToolRankingOptionsRanker": "_file_search_server_tool_ranking_options_ranker",
    "ForbiddenResponse": "_forbidden_response",
    "ForbiddenResponseErrorData": "_forbidden_response_error_data",
    "FormatJsonObjectConfig": "_format_json_object_config",
    "FormatJsonSchemaConfig": "_format_json_schema_config",
    "FormatTextConfig": "_format_text_config",
    "Formats": "_formats",
    "FunctionCallArgsDeltaEvent": "_function_call_args_delta_event",
    "FunctionCallArgsDoneEvent": "_function_call_args_done_event",
    "FunctionCallItem": "_function_call_item",
    "FunctionCallOutputItem": "_function_call_output_item",
    "FunctionTool": "_function_tool",
    "GenerationGetParametersQuery": "_generation_get_parameters_query",
    "GenerationGetResponse": "_generation_get_response",
    "GenerationGetResponseData": "_generation_get_response_data",
    "GenerationGetResponseDataApiType": "_generation_get_response_data_api_type",
    "GetGuardrailResponse": "_get_guardrail_response",
    "GoneResponse": "_gone_response",
    "GoneResponseErrorData": "_gone_response_error_data",
    "Guardrail": "_guardrail",
    "GuardrailInterval": "_guardrail_interval",
    "GuardrailIntervalValue": "_guardrail_interval_value",
    "GuardrailsAssignmentsKeysGetParametersQuery": "_guardrails_assignments_keys_get_parameters_query",
    "GuardrailsAssignmentsMembersGetParametersQuery": "_guardrails_assignments_members_get_parameters_query",
    "GuardrailsGetParametersQuery": "_guardrails_get_parameters_query",
    "GuardrailsIdAssignmentsKeysGetParametersQuery": "_guardrails_id_assignments_keys_get_parameters_query",
    "GuardrailsIdAssignmentsMembersGetParametersQuery": "_guardrails_id_assignments_members_get_parameters_query",
    "ImageGenCallCompletedEvent": "_image_gen_call_completed_event",
    "ImageGenCallGeneratingEvent": "_image_gen_call_generating_event",
    "ImageGenCallInProgressEvent": "_image_gen_call_in_progress_event",
    "ImageGenCallPartialImageEvent": "_image_gen_call_partial_image_event",
    "ImageGenerationServerTool": "_image_generation_server_tool",
    "ImageGenerationServerToolBackground": "_image_generation_server_tool_background",
    "ImageGenerationServerToolInputFidelity": "_image_generation_server_tool_input_fidelity",
    "ImageGenerationServerToolInputImageMask": "_image_generation_server_tool_input_image_mask",
    "ImageGenerationServerToolModel": "_image_generation_server_tool_model",
    "ImageGenerationServerToolModeration": "_image_generation_server_tool_moderation",
    "ImageGenerationServerToolOutputFormat": "_image_generation_server_tool_output_format",
    "ImageGenerationServerToolQuality": "_image_generation_server_tool_quality",
    "ImageGenerationServerToolSize": "_image_generation_server_tool_size",
    "ImageGenerationStatus": "_image_generation_status",
    "InProgressEvent": "_in_progress_event",
    "IncompleteDetails": "_incomplete_details",
    "IncompleteDetailsReason": "_incomplete_details_reason",
    "IncompleteEvent": "_incomplete_event",
    "InputAudio": "_input_audio",
    "InputAudioFormat": "_input_audio_format",
    "InputAudioObject": "_input_audio_object",
    "InputFile": "_input_file",
    "InputImage": "_input_image",
    "InputImageDetail": "_input_image_detail",
    "InputMessageItem": "_input_message_item",
    "InputModality": "_input_modality",
    "InputText": "_input_text",
    "InputVideo": "_input_video",
    "Inputs": "_inputs",
    "InputsOutputMessageItem": "_inputs_output_message_item",
    "InputsOutputReasoningItem": "_inputs_output_reasoning_item",
    "InstructType": "_instruct_type",
    "InstructTypeValue": "_instruct_type_value",
    "InternalServerResponse": "_internal_server_response",
    "InternalServerResponseErrorData": "_internal_server_response_error_data",
    "KeyAssignment": "_key_assignment",
    "KeyGetResponse": "_key_get_response",
    "KeyGetResponseData": "_key_get_response_data",
    "KeyGetResponseDataRateLimit": "_key_get_response_data_rate_limit",
    "KeysGetParametersQuery": "_keys_get_parameters_query",
    "KeysGetResponse": "_keys_get_response",
    "KeysGetResponseDatum": "_keys_get_response_datum",
    "KeysHashDeleteResponse": "_keys_hash_delete_response",
    "KeysHashGetResponse": "_keys_hash_get_response",
    "KeysHashGetResponseData": "_keys_hash_get_response_data",
    "KeysHashPatchRequest": "_keys_hash_patch_request",
    "KeysHashPatchRequestLimitReset": "_keys_hash_patch_request_limit_reset",
    "KeysHashPatchResponse": "_keys_hash_patch_response",
    "KeysHashPatchResponseData": "_keys_hash_patch_response_data",
    "KeysPostRequest": "_keys_post_request",
    "KeysPostRequestLimitReset": "_keys_post_request_limit_reset",
    "KeysPostResponse": "_keys_post_response",
    "KeysPostResponseData": "_keys_post_response_data",
    "LegacyChatContentVideo": "_legacy_chat_content_video",
    "LegacyWebSearchServerTool": "_legacy_web_search_server_tool",
    "ListEndpointsResponse": "_list_endpoints_response",
    "ListGuardrailsResponse": "_list_guardrails_response",
    "ListKeyAssignmentsResponse": "_list_key_assignments_response",
    "ListMemberAssignmentsResponse": "_list_member_assignments_response",
    "McpServerTool": "_mcp_server_tool",
    "McpServerToolAllowedTools": "_mcp_server_tool_allowed_tools",
    "McpServerToolConnectorId": "_mcp_server_tool_connector_id",
    "McpServerToolRequireApproval": "_mcp_server_tool_require_approval",
    "McpServerToolRequireApprovalAlways": "_mcp_server_tool_require_approval_always",
    "McpServerToolRequireApprovalNever": "_mcp_server_tool_require_approval_never",
    "MemberAssignment": "_member_assignment",
    "MessagesContentBlockDeltaEvent": "_messages_content_block_delta_event",
    "MessagesContentBlockDeltaEventDelta": "_messages_content_block_delta_event_delta",
    "MessagesContentBlockDeltaEventDeltaCitationsDelta": "_messages_content_block_delta_event_delta_citations_delta",
    "MessagesContentBlockDeltaEventDeltaCompactionDelta": "_messages_content_block_delta_event_delta_compaction_delta",
    "MessagesContentBlockDeltaEventDeltaInputJsonDelta": "_messages_content_block_delta_event_delta_input_json_delta",
    "MessagesContentBlockDeltaEventDeltaSignatureDelta": "_messages_content_block_delta_event_delta_signature_delta",
    "MessagesContentBlockDeltaEventDeltaThinkingDelta": "_messages_content_block_delta_event_delta_thinking_delta",
    "MessagesContentBlockStartEvent": "_messages_content_block_start_event",
    "MessagesContentBlockStartEventContentBlock": "_messages_content_block_start_event_content_block",
    "MessagesContentBlockStopEvent": "_messages_content_block_stop_event",
    "MessagesDeltaEvent": "_messages_delta_event",
    "MessagesDeltaEventDelta": "_messages_delta_event_delta",
    "MessagesDeltaEventUsage": "_messages_delta_event_usage",
    "MessagesDeltaEventUsageServerToolUse": "_messages_delta_event_usage_server_tool_use",
    "MessagesErrorDetail": "_messages_error_detail",
    "MessagesErrorEvent": "_messages_error_event",
    "MessagesErrorEventError": "_messages_error_event_error",
    "MessagesErrorResponse": "_messages_error_response",
    "MessagesMessageParam": "_messages_message_param",
    "MessagesMessageParamContent": "_messages_message_param_content",
    "MessagesMessageParamContentCompaction": "_messages_message_param_content_compaction",
    "MessagesMessageParamContentRedactedThinking": "_messages_message_param_content_redacted_thinking",
    "MessagesMessageParamContentServerToolUse": "_messages_message_param_content_server_tool_use",
    "MessagesMessageParamContentThinking": "_messages_message_param_content_thinking",
    "MessagesMessageParamContentToolResult": "_messages_message_param_content_tool_result",
    "MessagesMessageParamContentToolResultContent": "_messages_message_param_content_tool_result_content",
    "MessagesMessageParamContentWebSearchToolResult": "_messages_message_param_content_web_search_tool_result",
    "MessagesMessageParamContentWebSearchToolResultContent": "_messages_message_param_content_web_search_tool_result_content",
    "MessagesMessageParamContentWebSearchToolResultContentErrorCode": "_messages_message_param_content_web_search_tool_result_content_error_code",
    "MessagesMessageParamRole": "_messages_message_param_role",
    "MessagesOutputConfig": "_messages_output_config",
    "MessagesOutputConfigEffort": "_messages_output_config_effort",
    "MessagesOutputConfigFormat": "_messages_output_config_format",
    "MessagesPingEvent": "_messages_ping_event",
    "MessagesPostResponse": "_messages_post_response",
    "MessagesRequest": "_messages_request",
    "MessagesRequestContextManagement": "_messages_request_context_management",
    "MessagesRequestContextManagementEdits": "_messages_request_context_management_edits",
    "MessagesRequestContextManagementEditsClearThinking20251015": "_messages_request_context_management_edits_clear_thinking20251015",
    "MessagesRequestContextManagementEditsClearThinking20251015Keep": "_messages_request_context_management_edits_clear_thinking20251015_keep",
    "MessagesRequestContextManagementEditsCompact20260112": "_messages_request_context_management_edits_compact20260112",
    "MessagesRequestMetadata": "_messages_request_metadata",
    "MessagesRequestPlugins": "_messages_request_plugins",
    "MessagesRequestServiceTier": "_messages_request_service_tier",
    "MessagesRequestThinking": "_messages_request_thinking",
    "MessagesRequestThinkingAdaptive": "_messages_request_thinking_adaptive",
    "MessagesRequestThinkingDisabled": "_messages_request_thinking_disabled",
    "MessagesRequestToolChoice": "_messages_request_tool_choice",
    "MessagesRequestToolChoiceAny": "_messages_request_tool_choice_any",
    "MessagesRequestToolChoiceNone": "_messages_request_tool_choice_none",
    "MessagesRequestToolChoiceTool": "_messages_request_tool_choice_tool",
    "MessagesRequestTools": "_messages_request_tools",
    "MessagesRequestToolsBash20250124": "_messages_request_tools_bash20250124",
    "MessagesRequestToolsInputSchema": "_messages_request_tools_input_schema",
    "MessagesRequestToolsTextEditor20250124": "_messages_request_tools_text_editor20250124",
    "MessagesRequestToolsWebSearch20250305": "_messages_request_tools_web_search20250305",
    "MessagesRequestToolsWebSearch20260209": "_messages_request_tools_web_search20260209",
    "MessagesRequestToolsWebSearch20260209AllowedCaller": "_messages_request_tools_web_search20260209_allowed_caller",
    "MessagesResult": "_messages_result",
    "MessagesStartEvent": "_messages_start_event",
    "MessagesStartEventMessage": "_messages_start_event_message",
    "MessagesStartEventMessageProvider": "_messages_start_event_message_provider",
    "MessagesStopEvent": "_messages_stop_event",
    "MessagesStreamEvents": "_messages_stream_events",
    "Model": "_model",
    "ModelArchitecture": "_model_architecture",
    "ModelArchitectureInstructType": "_model_architecture_instruct_type",
    "ModelGroup": "_model_group",
    "ModelLinks": "_model_links",
    "ModelName": "_model_name",
    "ModelsAuthorSlugEndpointsGetResponse": "_models_author_slug_endpoints_get_response",
    "ModelsCountGetParametersQuery": "_models_count_get_parameters_query",
    "ModelsCountResponse": "_models_count_response",
    "ModelsCountResponseData": "_models_count_response_data",
    "ModelsGetParametersQuery": "_models_get_parameters_query",
    "ModelsGetParametersQueryCategory": "_models_get_parameters_query_category",
    "ModelsListResponse": "_models_list_response",
    "ModelsListResponseData": "_models_list_response_data",
    "ModerationPlugin": "_moderation_plugin",
    "NotFoundResponse": "_not_found_response",
    "NotFoundResponseErrorData": "_not_found_response_error_data",
    "ORAnthropicContentBlock": "_or_anthropic_content_block",
    "ORAnthropicStopReason": "_or_anthropic_stop_reason",
    "ORAnthropicStopReasonValue": "_or_anthropic_stop_reason_value",
    "OpenAIResponseFunctionToolCall": "_open_ai_response_function_tool_call",
    "OpenAIResponseFunctionToolCallOutput": "_open_ai_response_function_tool_call_output",
    "OpenAIResponseFunctionToolCallOutputOutput": "_open_ai_response_function_tool_call_output_output",
    "OpenAIResponseInputMessageItem": "_open_ai_response_input_message_item",
    "OpenAIResponseInputMessageItemContent": "_open_ai_response_input_message_item_content",
    "OpenAIResponsesAnnotation": "_open_ai_responses_annotation",
    "OpenAIResponsesImageGenCallCompleted": "_open_ai_responses_image_gen_call_completed",
    "OpenAIResponsesImageGenCallGenerating": "_open_ai_responses_image_gen_call_generating",
    "OpenAIResponsesImageGenCallInProgress": "_open_ai_responses_image_gen_call_in_progress",
    "OpenAIResponsesImageGenCallPartialImage": "_open_ai_responses_image_gen_call_partial_image",
    "OpenAIResponsesRefusalContent": "_open_ai_responses_refusal_content",
    "OpenAIResponsesResponseStatus": "_open_ai_responses_response_status",
    "OpenAIResponsesSearchCompleted": "_open_ai_responses_search_completed",
    "OpenAIResponsesToolChoice": "_open_ai_responses_tool_choice",
    "OpenAIResponsesToolChoice1": "_open_ai_responses_tool_choice1",
    "OpenAIResponsesToolChoiceObject": "_open_ai_responses_tool_choice_object",
    "OpenAIResponsesTruncation": "_open_ai_responses_truncation",
    "OpenAIResponsesTruncationValue": "_open_ai_responses_truncation_value",
    "OpenAIResponsesUsage": "_open_ai_responses_usage",
    "OpenAIResponsesUsageInputTokensDetails": "_open_ai_responses_usage_input_tokens_details",
    "OpenAIResponsesUsageOutputTokensDetails": "_open_ai_responses_usage_output_tokens_details",
    "OpenAIResponsesWebSearchCallInProgress": "_open_ai_responses_web_search_call_in_progress",
    "OpenAIResponsesWebSearchCallSearching": "_open_ai_responses_web_search_call_searching",
    "OpenResponsesCreatedEvent": "_open_responses_created_event",
    "OpenResponsesInProgressEvent": "_open_responses_in_progress_event",
    "OpenResponsesLogProbs": "_open_responses_log_probs",
    "OpenResponsesResult": "_open_responses_result",
    "OpenResponsesTopLogprobs": "_open_responses_top_logprobs",
    "OpenRouterWebSearchServerTool": "_open_router_web_search_server_tool",
    "OrganizationMembersGetParametersQuery": "_organization_members_get_parameters_query",
    "OrganizationMembersGetResponse": "_organization_members_get_response",
    "OrganizationMembersGetResponseDatum": "_organization_members_get_response_datum",
    "OrganizationMembersGetResponseDatumRole": "_organization_members_get_response_datum_role",
    "OutputDatetimeItem": "_output_datetime_item",
    "OutputFileSearchCallItem": "_output_file_search_call_item",
    "OutputFunctionCallItem": "_output_function_call_item",
    "OutputImageGenerationCallItem": "_output_image_generation_call_item",
    "OutputItemAddedEvent": "_output_item_added_event",
    "OutputItemDoneEvent": "_output_item_done_event",
    "OutputItemFileSearchCall": "_output_item_file_search_call",
    "OutputItemFunctionCall": "_output_item_function_call",
    "OutputItemImageGenerationCall": "_output_item_image_generation_call",
    "OutputItemReasoning": "_output_item_reasoning",
    "OutputItemWebSearchCall": "_output_item_web_search_call",
    "OutputItemWebSearchCallAction": "_output_item_web_search_call_action",
    "OutputItemWebSearchCallActionFindInPage": "_output_item_web_search_call_action_find_in_page",
    "OutputItemWebSearchCallActionOpenPage": "_output_item_web_search_call_action_open_page",
    "OutputItems": "_output_items",
    "OutputMessage": "_output_message",
    "OutputMessageItem": "_output_message_item",
    "OutputModality": "_output_modality",
    "OutputModalityEnum": "_output_modality_enum",
    "OutputReasoningItem": "_output_reasoning_item",
    "OutputWebSearchCallItem": "_output_web_search_call_item",
    "OutputWebSearchServerToolItem": "_output_web_search_server_tool_item",
    "PDFParserEngine": "_pdf_parser_engine",
    "PDFParserEngineValue": "_pdf_parser_engine_value",
    "PDFParserOptions": "_pdf_parser_options",
    "Parameter": "_parameter",
    "PayloadTooLargeResponse": "_payload_too_large_response",
    "PayloadTooLargeResponseErrorData": "_payload_too_large_response_error_data",
    "PaymentRequiredResponse": "_payment_required_response",
    "PaymentRequiredResponseErrorData": "_payment_required_response_error_data",
    "PerRequestLimits": "_per_request_limits",
    "PercentileLatencyCutoffs": "_percentile_latency_cutoffs",
    "PercentileStats": "_percentile_stats",
    "PercentileThroughputCutoffs": "_percentile_throughput_cutoffs",
    "PreferredMaxLatency": "_preferred_max_latency",
    "PreferredMinThroughput": "_preferred_min_throughput",
    "Preview20250311WebSearchServerTool": "_preview20250311_web_search_server_tool",
    "PreviewWebSearchServerTool": "_preview_web_search_server_tool",
    "PreviewWebSearchUserLocation": "_preview_web_search_user_location",
    "ProviderName": "_provider_name",
    "ProviderOverloadedResponse": "_provider_overloaded_response",
    "ProviderOverloadedResponseErrorData": "_provider_overloaded_response_error_data",
    "ProviderPreferences": "_provider_preferences",
    "ProviderPreferencesDataCollection": "_provider_preferences_data_collection",
    "ProviderPreferencesMaxPrice": "_provider_preferences_max_price",
    "ProviderResponse": "_provider_response",
    "ProviderResponseProviderName": "_provider_response_provider_name",
    "ProviderSort": "_provider_sort",
    "ProviderSortConfig": "_provider_sort_config",
    "ProviderSortConfigBy": "_provider_sort_config_by",
    "ProviderSortConfigPartition": "_provider_sort_config_partition",
    "ProvidersGetResponse": "_providers_get_response",
    "ProvidersGetResponseDatum": "_providers_get_response_datum",
    "ProvidersGetResponseDatumDatacenter": "_providers_get_response_datum_datacenter",
    "ProvidersGetResponseDatumHeadquarters": "_providers_get_response_datum_headquarters",
    "PublicEndpoint": "_public_endpoint",
    "PublicEndpointPricing": "_public_endpoint_pricing",
    "PublicPricing": "_public_pricing",
    "Quantization": "_quantization",
    "ReasoningConfig": "_reasoning_config",
    "ReasoningDeltaEvent": "_reasoning_delta_event",
    "ReasoningDetailEncrypted": "_reasoning_detail_encrypted",
    "ReasoningDetailSummary": "_reasoning_detail_summary",
    "ReasoningDetailText": "_reasoning_detail_text",
    "ReasoningDetailUnion": "_reasoning_detail_union",
    "ReasoningDoneEvent": "_reasoning_done_event",
    "ReasoningEffort": "_reasoning_effort",
    "ReasoningEffortValue": "_reasoning_effort_value",
    "ReasoningFormat": "_reasoning_format",
    "ReasoningFormatValue": "_reasoning_format_value",
    "ReasoningItem": "_reasoning_item",
    "ReasoningSummaryPartAddedEvent": "_reasoning_summary_part_added_event",
    "ReasoningSummaryPartDoneEvent": "_reasoning_summary_part_done_event",
    "ReasoningSummaryText": "_reasoning_summary_text",
    "ReasoningSummaryTextDeltaEvent": "_reasoning_summary_text_delta_event",
    "ReasoningSummaryTextDoneEvent": "_reasoning_summary_text_done_event",
    "ReasoningSummaryVerbosity": "_reasoning_summary_verbosity",
    "ReasoningSummaryVerbosityValue": "_reasoning_summary_verbosity_value",
    "ReasoningTextContent": "_reasoning_text_content",
    "RefusalDeltaEvent": "_refusal_delta_event",
    "RefusalDoneEvent": "_refusal_done_event",
    "RequestMetadata": "_request_metadata",
    "RequestTimeoutResponse": "_request_timeout_response",
    "RequestTimeoutResponseErrorData": "_request_timeout_response_error_data",
    "RerankPostRequest": "_rerank_post_request",
    "RerankPostResponse": "_rerank_post_response",
    "RerankPostResponseResult": "_rerank_post_response_result",
    "RerankPostResponseResultDocument": "_rerank_post_response_result_document",
    "RerankPostResponseUsage": "_rerank_post_response_usage",
    "ResponseHealingPlugin": "_response_healing_plugin",
    "ResponseIncludesEnum": "_response_includes_enum",
    "ResponseOutputText": "_response_output_text",
    "ResponseOutputTextLogprob": "_response_output_text_logprob",
    "ResponseOutputTextLogprobTopLogprob": "_response_output_text_logprob_top_logprob",
    "ResponsesErrorField": "_responses_error_field",
    "ResponsesErrorFieldCode": "_responses_error_field_code",
    "ResponsesPostResponse": "_responses_post_response",
    "ResponsesRequest": "_responses_request",
    "ResponsesRequestPlugins": "_responses_request_plugins",
    "ResponsesRequestServiceTier": "_responses_request_service_tier",
    "SearchContextSizeEnum": "_search_context_size_enum",
    "SearchQualityLevel": "_search_quality_level",
    "ServiceTier": "_service_tier",
    "ServiceTierValue": "_service_tier_value",
    "ServiceUnavailableResponse": "_service_unavailable_response",
    "ServiceUnavailableResponseErrorData": "_service_unavailable_response_error_data",
    "ShellServerTool": "_shell_server_tool",
    "StoredPromptTemplate": "_stored_prompt_template",
    "StreamEvents": "_stream_events",
    "StreamEventsResponseCompleted": "_stream_events_response_completed",
    "StreamEventsResponseFailed": "_stream_events_response_failed",
    "StreamEventsResponseIncomplete": "_stream_events_response_incomplete",
    "StreamEventsResponseOutputItemAdded": "_stream_events_response_output_item_added",
    "StreamEventsResponseOutputItemDone": "_stream_events_response_output_item_done",
    "StreamLogprob": "_stream_logprob",
    "StreamLogprobTopLogprob": "_stream_logprob_top_logprob",
    "TextConfig": "_text_config",
    "TextConfigVerbosity": "_text_config_verbosity",
    "TextDeltaEvent": "_text_delta_event",
    "TextDoneEvent": "_text_done_event",
    "TextExtendedConfig": "_text_extended_config",
    "TooManyRequestsResponse": "_too_many_requests_response",
    "TooManyRequestsResponseErrorData": "_too_many_requests_response_error_data",
    "ToolCallStatus": "_tool_call_status",
    "ToolChoiceAllowed": "_tool_choice_allowed",
    "TopProviderInfo": "_top_provider_info",
    "TraceConfig": "_trace_config",
    "Truncation": "_truncation",
    "TruncationTruncation": "_truncation_truncation",
    "URLCitation": "_url_citation",
    "UnauthorizedResponse": "_unauthorized_response",
    "UnauthorizedResponseErrorData": "_unauthorized_response_error_data",
    "UnprocessableEntityResponse": "_unprocessable_entity_response",
    "UnprocessableEntityResponseErrorData": "_unprocessable_entity_response_error_data",
    "UpdateGuardrailRequest": "_update_guardrail_request",
    "UpdateGuardrailResponse": "_update_guardrail_response",
    "Usage": "_usage",
    "Usage2": "_usage2",
    "UsageAnthropicUsage": "_usage_anthropic_usage",
    "UsageAnthropicUsageCostDetails": "_usage_anthropic_usage_cost_details",
    "UsageCostDetails": "_usage_cost_details",
    "UsageModel": "_usage_model",
    "WebSearchCallCompletedEvent": "_web_search_call_completed_event",
    "WebSearchCallInProgressEvent": "_web_search_call_in_progress_event",
    "WebSearchCallSearchingEvent": "_web_search_call_searching_event",
    "WebSearchConfig": "_web_search_config",
    "WebSearchDomainFilter": "_web_search_domain_filter",
    "WebSearchEngine": "_web_search_engine",
    "WebSearchEngineEnum": "_web_search_engine_enum",
    "WebSearchPlugin": "_web_search_plugin",
    "WebSearchServerTool": "_web_search_server_tool",
    "WebSearchServerToolOpenRouter": "_web_search_server_tool_open_router",
    "WebSearchServerToolOpenRouterParameters": "_web_search_server_tool_open_router_parameters",
    "WebSearchSource": "_web_search_source",
    "WebSearchStatus": "_web_search_status",
    "WebSearchUserLocation": "_web_search_user_location",
    "WebSearchUserLocationServerTool": "_web_search_user_location_server_tool",
}

__all__ = [
    "ActivityGetParametersQuery",
    "ActivityItem",
    "ActivityResponse",
    "AnnotationAddedEvent",
    "AnthropicBase64ImageSource",
    "AnthropicBase64PdfSource",
    "AnthropicBaseUsageIteration",
    "AnthropicBashCodeExecutionContent",
    "AnthropicBashCodeExecutionOutput",
    "AnthropicBashCodeExecutionResult",
    "AnthropicBashCodeExecutionToolResult",
    "AnthropicBashCodeExecutionToolResultError",
    "AnthropicBashCodeExecutionToolResultErrorErrorCode",
    "AnthropicCacheControlDirective",
    "AnthropicCacheControlTtl",
    "AnthropicCacheCreation",
    "AnthropicCaller",
    "AnthropicCitationCharLocation",
    "AnthropicCitationCharLocationParam",
    "AnthropicCitationContentBlockLocation",
    "AnthropicCitationContentBlockLocationParam",
    "AnthropicCitationPageLocation",
    "AnthropicCitationPageLocationParam",
    "AnthropicCitationSearchResultLocation",
    "AnthropicCitationWebSearchResultLocation",
    "AnthropicCitationsConfig",
    "AnthropicCodeExecution20250825Caller",
    "AnthropicCodeExecution20260120Caller",
    "AnthropicCodeExecutionContent",
    "AnthropicCodeExecutionOutput",
    "AnthropicCodeExecutionResult",
    "AnthropicCodeExecutionToolResult",
    "AnthropicCodeExecutionToolResultError",
    "AnthropicCompactionBlock",
    "AnthropicCompactionUsageIteration",
    "AnthropicContainer",
    "AnthropicContainerUpload",
    "AnthropicDirectCaller",
    "AnthropicDocumentBlock",
    "AnthropicDocumentBlockParam",
    "AnthropicDocumentBlockParamCitations",
    "AnthropicDocumentBlockParamSource",
    "AnthropicDocumentBlockParamSourceContent",
    "AnthropicEncryptedCodeExecutionResult",
    "AnthropicImageBlockParam",
    "AnthropicImageMimeType",
    "AnthropicInputTokensClearAtLeast",
    "AnthropicInputTokensTrigger",
    "AnthropicIterationCacheCreation",
    "AnthropicMessageUsageIteration",
    "AnthropicPlainTextSource",
    "AnthropicRedactedThinkingBlock",
    "AnthropicSearchResultBlockParam",
    "AnthropicSearchResultBlockParamCitations",
    "AnthropicServerToolErrorCode",
    "AnthropicServerToolName",
    "AnthropicServerToolUsage",
    "AnthropicServerToolUseBlock",
    "AnthropicServiceTier",
    "AnthropicServiceTierValue",
    "AnthropicSpeed",
    "AnthropicSpeedValue",
    "AnthropicTextBlock",
    "AnthropicTextBlockParam",
    "AnthropicTextBlockParamCitations",
    "AnthropicTextCitation",
    "AnthropicTextEditorCodeExecutionContent",
    "AnthropicTextEditorCodeExecutionCreateResult",
    "AnthropicTextEditorCodeExecutionStrReplaceResult",
    "AnthropicTextEditorCodeExecutionToolResult",
    "AnthropicTextEditorCodeExecutionToolResultError",
    "AnthropicTextEditorCodeExecutionToolResultErrorErrorCode",
    "AnthropicTextEditorCodeExecutionViewResult",
    "AnthropicTextEditorCodeExecutionViewResultFileType",
    "AnthropicThinkingBlock",
    "AnthropicThinkingTurns",
    "AnthropicToolReference",
    "AnthropicToolSearchContent",
    "AnthropicToolSearchResult",
    "AnthropicToolSearchResultError",
    "AnthropicToolSearchToolResult",
    "AnthropicToolUseBlock",
    "AnthropicToolUsesKeep",
    "AnthropicToolUsesTrigger",
    "AnthropicUnknownUsageIteration",
    "AnthropicUrlImageSource",
    "AnthropicUrlPdfSource",
    "AnthropicUsage",
    "AnthropicUsageIteration",
    "AnthropicWebFetchBlock",
    "AnthropicWebFetchContent",
    "AnthropicWebFetchToolResult",
    "AnthropicWebFetchToolResultError",
    "AnthropicWebFetchToolResultErrorErrorCode",
    "AnthropicWebSearchResult",
    "AnthropicWebSearchResultBlockParam",
    "AnthropicWebSearchToolResult",
    "AnthropicWebSearchToolResultError",
    "AnthropicWebSearchToolResultErrorErrorCode",
    "AnthropicWebSearchToolUserLocation",
    "ApplyPatchServerTool",
    "Architecture",
    "ArchitectureTokenizer",
    "AuthKeysCodePostRequest",
    "AuthKeysCodePostRequestCodeChallengeMethod",
    "AuthKeysCodePostRequestUsageLimitType",
    "AuthKeysCodePostResponse",
    "AuthKeysCodePostResponseData",
    "AuthKeysPostRequest",
    "AuthKeysPostRequestCodeChallengeMethod",
    "AuthKeysPostResponse",
    "AutoRouterPlugin",
    "BadGatewayResponse",
    "BadGatewayResponseErrorData",
    "BadRequestResponse",
    "BadRequestResponseErrorData",
    "BaseAnnotationAddedEvent",
    "BaseContentPartAddedEvent",
    "BaseContentPartDoneEvent",
    "BaseErrorEvent",
    "BaseFunctionCallArgsDeltaEvent",
    "BaseFunctionCallArgsDoneEvent",
    "BaseInputs",
    "BaseInputsContent",
    "BaseInputsObject",
    "BaseMessagesResult",
    "BaseReasoningConfig",
    "BaseReasoningDeltaEvent",
    "BaseReasoningDoneEvent",
    "BaseReasoningSummaryPartAddedEvent",
    "BaseReasoningSummaryPartDoneEvent",
    "BaseReasoningSummaryTextDeltaEvent",
    "BaseReasoningSummaryTextDoneEvent",
    "BaseRefusalDeltaEvent",
    "BaseRefusalDoneEvent",
    "BaseResponsesResult",
    "BaseResponsesResultOutput",
    "BaseTextDeltaEvent",
    "BaseTextDoneEvent",
    "BigNumberUnion",
    "BulkAssignKeysRequest",
    "BulkAssignKeysRequestKeyHash",
    "BulkAssignKeysResponse",
    "BulkAssignMembersRequest",
    "BulkAssignMembersRequestMemberUserId",
    "BulkAssignMembersResponse",
    "BulkUnassignKeysRequest",
    "BulkUnassignKeysRequestKeyHash",
    "BulkUnassignKeysResponse",
    "BulkUnassignMembersRequest",
    "BulkUnassignMembersRequestMemberUserId",
    "BulkUnassignMembersResponse",
    "ChatAssistantImages",
    "ChatAssistantImagesChatAssistantImage",
    "ChatAssistantImagesChatAssistantImageImageUrl",
    "ChatAssistantMessage",
    "ChatAudioOutput",
    "ChatChoice",
    "ChatCompletionsPostResponse",
    "ChatContentAudio",
    "ChatContentAudioInputAudio",
    "ChatContentCacheControl",
    "ChatContentFile",
    "ChatContentFileFile",
    "ChatContentImage",
    "ChatContentImageImageUrl",
    "ChatContentImageImageUrlDetail",
    "ChatContentItems",
    "ChatContentText",
    "ChatContentVideo",
    "ChatContentVideoInput",
    "ChatDebugOptions",
    "ChatDeveloperMessage",
    "ChatFinishReasonEnum",
    "ChatFinishReasonEnumValue",
    "ChatFormatGrammarConfig",
    "ChatFormatJsonSchemaConfig",
    "ChatFormatPythonConfig",
    "ChatFormatTextConfig",
    "ChatFunctionTool",
    "ChatFunctionToolFunction",
    "ChatFunctionToolObject",
    "ChatJsonSchemaConfig",
    "ChatMessages",
    "ChatModelNames",
    "ChatNamedToolChoice",
    "ChatNamedToolChoiceFunction",
    "ChatReasoningDetails",
    "ChatReasoningSummaryVerbosityEnum",
    "ChatReasoningSummaryVerbosityEnumValue",
    "ChatRequest",
    "ChatRequestModality",
    "ChatRequestPlugins",
    "ChatRequestReasoning",
    "ChatRequestReasoningEffort",
    "ChatRequestServiceTier",
    "ChatRequestStop",
    "ChatResult",
    "ChatStreamChoice",
    "ChatStreamChunk",
    "ChatStreamChunkError",
    "ChatStreamDelta",
    "ChatStreamOptions",
    "ChatStreamReasoningDetails",
    "ChatStreamToolCall",
    "ChatStreamToolCallFunction",
    "ChatSystemMessage",
    "ChatTokenLogprob",
    "ChatTokenLogprobTopLogprob",
    "ChatTokenLogprobs",
    "ChatToolCall",
    "ChatToolCallFunction",
    "ChatToolChoice",
    "ChatToolMessage",
    "ChatUsage",
    "ChatUsageCompletionTokensDetails",
    "ChatUsagePromptTokensDetails",
    "ChatUserMessage",
    "ChatWebSearchShorthand",
    "ChatWebSearchShorthandType",
    "CodeInterpreterServerTool",
    "CodeInterpreterServerToolContainer",
    "CodeInterpreterServerToolContainerMemoryLimit",
    "CodexLocalShellTool",
    "CompletedEvent",
    "CompoundFilter",
    "CompoundFilterType",
    "ComputerUseServerTool",
    "ComputerUseServerToolEnvironment",
    "ConflictResponse",
    "ConflictResponseErrorData",
    "ContentPartAddedEvent",
    "ContentPartDoneEvent",
    "ContextCompressionEngine",
    "ContextCompressionPlugin",
    "CostDetails",
    "CreateGuardrailRequest",
    "CreateGuardrailResponse",
    "CreatedEvent",
    "CreditsGetResponse",
    "CreditsGetResponseData",
    "CustomTool",
    "CustomToolFormat",
    "CustomToolFormatGrammar",
    "CustomToolFormatGrammarSyntax",
    "DatetimeServerTool",
    "DatetimeServerToolParameters",
    "DefaultParameters",
    "DeleteGuardrailResponse",
    "DeprecatedRoute",
    "DeprecatedRouteValue",
    "EasyInputMessage",
    "EdgeNetworkTimeoutResponse",
    "EdgeNetworkTimeoutResponseErrorData",
    "EmbeddingsPostRequest",
    "EmbeddingsPostRequestEncodingFormat",
    "EmbeddingsPostRequestInputItem",
    "EmbeddingsPostRequestInputItemContent",
    "EmbeddingsPostRequestInputItemContentImageUrl",
    "EmbeddingsPostRequestInputItemContentImageUrlObject",
    "EmbeddingsPostResponse",
    "EmbeddingsPostResponseDatum",
    "EmbeddingsPostResponseUsage",
    "EndpointStatus",
    "EndpointsZdrGetResponse",
    "ErrorEvent",
    "FailedEvent",
    "FileCitation",
    "FileParserPlugin",
    "FilePath",
    "FileSearchServerTool",
    "FileSearchServerToolFilters",
    "FileSearchServerToolFiltersType",
    "FileSearchServerToolRankingOptions",
    "FileSearchServerToolRankingOptionsRanker",
    "ForbiddenResponse",
    "ForbiddenResponseErrorData",
    "FormatJsonObjectConfig",
    "FormatJsonSchemaConfig",
    "FormatTextConfig",
    "Formats",
    "FunctionCallArgsDeltaEvent",
    "FunctionCallArgsDoneEvent",
    "FunctionCallItem",
    "FunctionCallOutputItem",
    "FunctionTool",
    "GenerationGetParametersQuery",
    "GenerationGetResponse",
    "GenerationGetResponseData",
    "GenerationGetResponseDataApiType",
    "GetGuardrailResponse",
    "GoneResponse",
    "GoneResponseErrorData",
    "Guardrail",
    "GuardrailInterval",
    "GuardrailIntervalValue",
    "GuardrailsAssignmentsKeysGetParametersQuery",
    "GuardrailsAssignmentsMembersGetParametersQuery",
    "GuardrailsGetParametersQuery",
    "GuardrailsIdAssignmentsKeysGetParametersQuery",
    "GuardrailsIdAssignmentsMembersGetParametersQuery",
    "ImageGenCallCompletedEvent",
    "ImageGenCallGeneratingEvent",
    "ImageGenCallInProgressEvent",
    "ImageGenCallPartialImageEvent",
    "ImageGenerationServerTool",
    "ImageGenerationServerToolBackground",
    "ImageGenerationServerToolInputFidelity",
    "ImageGenerationServerToolInputImageMask",
    "ImageGenerationServerToolModel",
    "ImageGenerationServerToolModeration",
    "ImageGenerationServerToolOutputFormat",
    "ImageGenerationServerToolQuality",
    "ImageGenerationServerToolSize",
    "ImageGenerationStatus",
    "InProgressEvent",
    "IncompleteDetails",
    "IncompleteDetailsReason",
    "IncompleteEvent",
    "InputAudio",
    "InputAudioFormat",
    "InputAudioObject",
    "InputFile",
    "InputImage",
    "InputImageDetail",
    "InputMessageItem",
    "InputModality",
    "InputText",
    "InputVideo",
    "Inputs",
    "InputsOutputMessageItem",
    "InputsOutputReasoningItem",
    "InstructType",
    "InstructTypeValue",
    "InternalServerResponse",
    "InternalServerResponseErrorData",
    "KeyAssignment",
    "KeyGetResponse",
    "KeyGetResponseData",
    "KeyGetResponseDataRateLimit",
    "KeysGetParametersQuery",
    "KeysGetResponse",
    "KeysGetResponseDatum",
    "KeysHashDeleteResponse",
    "KeysHashGetResponse",
    "KeysHashGetResponseData",
    "KeysHashPatchRequest",
    "KeysHashPatchRequestLimitReset",
    "KeysHashPatchResponse",
    "KeysHashPatchResponseData",
    "KeysPostRequest",
    "KeysPostRequestLimitReset",
    "KeysPostResponse",
    "KeysPostResponseData",
    "LegacyChatContentVideo",
    "LegacyWebSearchServerTool",
    "ListEndpointsResponse",
    "ListGuardrailsResponse",
    "ListKeyAssignmentsResponse",
    "ListMemberAssignmentsResponse",
    "McpServerTool",
    "McpServerToolAllowedTools",
    "McpServerToolConnectorId",
    "McpServerToolRequireApproval",
    "McpServerToolRequireApprovalAlways",
    "McpServerToolRequireApprovalNever",
    "MemberAssignment",
    "MessagesContentBlockDeltaEvent",
    "MessagesContentBlockDeltaEventDelta",
    "MessagesContentBlockDeltaEventDeltaCitationsDelta",
    "MessagesContentBlockDeltaEventDeltaCompactionDelta",
    "MessagesContentBlockDeltaEventDeltaInputJsonDelta",
    "MessagesContentBlockDeltaEventDeltaSignatureDelta",
    "MessagesContentBlockDeltaEventDeltaThinkingDelta",
    "MessagesContentBlockStartEvent",
    "MessagesContentBlockStartEventContentBlock",
    "MessagesContentBlockStopEvent",
    "MessagesDeltaEvent",
    "MessagesDeltaEventDelta",
    "MessagesDeltaEventUsage",
    "MessagesDeltaEventUsageServerToolUse",
    "MessagesErrorDetail",
    "MessagesErrorEvent",
    "MessagesErrorEventError",
    "MessagesErrorResponse",
    "MessagesMessageParam",
    "MessagesMessageParamContent",
    "MessagesMessageParamContentCompaction",
    "MessagesMessageParamContentRedactedThinking",
    "MessagesMessageParamContentServerToolUse",
    "MessagesMessageParamContentThinking",
    "MessagesMessageParamContentToolResult",
    "MessagesMessageParamContentToolResultContent",
    "MessagesMessageParamContentWebSearchToolResult",
    "MessagesMessageParamContentWebSearchToolResultContent",
    "MessagesMessageParamContentWebSearchToolResultContentErrorCode",
    "MessagesMessageParamRole",
    "MessagesOutputConfig",
    "MessagesOutputConfigEffort",
    "MessagesOutputConfigFormat",
    "MessagesPingEvent",
    "MessagesPostResponse",
    "MessagesRequest",
    "MessagesRequestContextManagement",
    "MessagesRequestContextManagementEdits",
    "MessagesRequestContextManagementEditsClearThinking20251015",
    "MessagesRequestContextManagementEditsClearThinking20251015Keep",
    "MessagesRequestContextManagementEditsCompact20260112",
    "MessagesRequestMetadata",
    "MessagesRequestPlugins",
    "MessagesRequestServiceTier",
    "MessagesRequestThinking",
    "MessagesRequestThinkingAdaptive",
    "MessagesRequestThinkingDisabled",
    "MessagesRequestToolChoice",
    "MessagesRequestToolChoiceAny",
    "MessagesRequestToolChoiceNone",
    "MessagesRequestToolChoiceTool",
    "MessagesRequestTools",
    "MessagesRequestToolsBash20250124",
    "MessagesRequestToolsInputSchema",
    "MessagesRequestToolsTextEditor20250124",
    "MessagesRequestToolsWebSearch20250305",
    "MessagesRequestToolsWebSearch20260209",
    "MessagesRequestToolsWebSearch20260209AllowedCaller",
    "MessagesResult",
    "MessagesStartEvent",
    "MessagesStartEventMessage",
    "MessagesStartEventMessageProvider",
    "MessagesStopEvent",
    "MessagesStreamEvents",
    "Model",
    "ModelArchitecture",
    "ModelArchitectureInstructType",
    "ModelGroup",
    "ModelLinks",
    "ModelName",
    "ModelsAuthorSlugEndpointsGetResponse",
    "ModelsCountGetParametersQuery",
    "ModelsCountResponse",
    "ModelsCountResponseData",
    "ModelsGetParametersQuery",
    "ModelsGetParametersQueryCategory",
    "ModelsListResponse",
    "ModelsListResponseData",
    "ModerationPlugin",
    "NotFoundResponse",
    "NotFoundResponseErrorData",
    "ORAnthropicContentBlock",
    "ORAnthropicStopReason",
    "ORAnthropicStopReasonValue",
    "OpenAIResponseFunctionToolCall",
    "OpenAIResponseFunctionToolCallOutput",
    "OpenAIResponseFunctionToolCallOutputOutput",
    "OpenAIResponseInputMessageItem",
    "OpenAIResponseInputMessageItemContent",
    "OpenAIResponsesAnnotation",
    "OpenAIResponsesImageGenCallCompleted",
    "OpenAIResponsesImageGenCallGenerating",
    "OpenAIResponsesImageGenCallInProgress",
    "OpenAIResponsesImageGenCallPartialImage",
    "OpenAIResponsesRefusalContent",
    "OpenAIResponsesResponseStatus",
    "OpenAIResponsesSearchCompleted",
    "OpenAIResponsesToolChoice",
    "OpenAIResponsesToolChoice1",
    "OpenAIResponsesToolChoiceObject",
    "OpenAIResponsesTruncation",
    "OpenAIResponsesTruncationValue",
    "OpenAIResponsesUsage",
    "OpenAIResponsesUsageInputTokensDetails",
    "OpenAIResponsesUsageOutputTokensDetails",
    "OpenAIResponsesWebSearchCallInProgress",
    "OpenAIResponsesWebSearchCallSearching",
    "OpenResponsesCreatedEvent",
    "OpenResponsesInProgressEvent",
    "OpenResponsesLogProbs",
    "OpenResponsesResult",
    "OpenResponsesTopLogprobs",
    "OpenRouterWebSearchServerTool",
    "OrganizationMembersGetParametersQuery",
    "OrganizationMembersGetResponse",
    "OrganizationMembersGetResponseDatum",
    "OrganizationMembersGetResponseDatumRole",
    "OutputDatetimeItem",
    "OutputFileSearchCallItem",
    "OutputFunctionCallItem",
    "OutputImageGenerationCallItem",
    "OutputItemAddedEvent",
    "OutputItemDoneEvent",
    "OutputItemFileSearchCall",
    "OutputItemFunctionCall",
    "OutputItemImageGenerationCall",
    "OutputItemReasoning",
    "OutputItemWebSearchCall",
    "OutputItemWebSearchCallAction",
    "OutputItemWebSearchCallActionFindInPage",
    "OutputItemWebSearchCallActionOpenPage",
    "OutputItems",
    "OutputMessage",
    "OutputMessageItem",
    "OutputModality",
    "OutputModalityEnum",
    "OutputReasoningItem",
    "OutputWebSearchCallItem",
    "OutputWebSearchServerToolItem",
    "PDFParserEngine",
    "PDFParserEngineValue",
    "PDFParserOptions",
    "Parameter",
    "PayloadTooLargeResponse",
    "PayloadTooLargeResponseErrorData",
    "PaymentRequiredResponse",
    "PaymentRequiredResponseErrorData",
    "PerRequestLimits",
    "PercentileLatencyCutoffs",
    "PercentileStats",
    "PercentileThroughputCutoffs",
    "PreferredMaxLatency",
    "PreferredMinThroughput",
    "Preview20250311WebSearchServerTool",
    "PreviewWebSearchServerTool",
    "PreviewWebSearchUserLocation",
    "ProviderName",
    "ProviderOverloadedResponse",
    "ProviderOverloadedResponseErrorData",
    "ProviderPreferences",
    "ProviderPreferencesDataCollection",
    "ProviderPreferencesMaxPrice",
    "ProviderResponse",
    "ProviderResponseProviderName",
    "ProviderSort",
    "ProviderSortConfig",
    "ProviderSortConfigBy",
    "ProviderSortConfigPartition",
    "ProvidersGetResponse",
    "ProvidersGetResponseDatum",
    "ProvidersGetResponseDatumDatacenter",
    "ProvidersGetResponseDatumHeadquarters",
    "PublicEndpoint",
    "PublicEndpointPricing",
    "PublicPricing",
    "Quantization",
    "ReasoningConfig",
    "ReasoningDeltaEvent",
    "ReasoningDetailEncrypted",
    "ReasoningDetailSummary",
    "ReasoningDetailText",
    "ReasoningDetailUnion",
    "ReasoningDoneEvent",
    "ReasoningEffort",
    "ReasoningEffortValue",
    "ReasoningFormat",
    "ReasoningFormatValue",
    "ReasoningItem",
    "ReasoningSummaryPartAddedEvent",
    "ReasoningSummaryPartDoneEvent",
    "ReasoningSummaryText",
    "ReasoningSummaryTextDeltaEvent",
    "ReasoningSummaryTextDoneEvent",
    "ReasoningSummaryVerbosity",
    "ReasoningSummaryVerbosityValue",
    "ReasoningTextContent",
    "RefusalDeltaEvent",
    "RefusalDoneEvent",
    "RequestMetadata",
    "RequestTimeoutResponse",
    "RequestTimeoutResponseErrorData",
    "RerankPostRequest",
    "RerankPostResponse",
    "RerankPostResponseResult",
    "RerankPostResponseResultDocument",
    "RerankPostResponseUsage",
    "ResponseHealingPlugin",
    "ResponseIncludesEnum",
    "ResponseOutputText",
    "ResponseOutputTextLogprob",
    "ResponseOutputTextLogprobTopLogprob",
    "ResponsesErrorField",
    "ResponsesErrorFieldCode",
    "ResponsesPostResponse",
    "ResponsesRequest",
    "ResponsesRequestPlugins",
    "ResponsesRequestServiceTier",
    "SearchContextSizeEnum",
    "SearchQualityLevel",
    "ServiceTier",
    "ServiceTierValue",
    "ServiceUnavailableResponse",
    "ServiceUnavailableResponseErrorData",
    "ShellServerTool",
    "StoredPromptTemplate",
    "StreamEvents",
    "StreamEventsResponseCompleted",
    "StreamEventsResponseFailed",
    "StreamEventsResponseIncomplete",
    "StreamEventsResponseOutputItemAdded",
    "StreamEventsResponseOutputItemDone",
    "StreamLogprob",
    "StreamLogprobTopLogprob",
    "TextConfig",
    "TextConfigVerbosity",
    "TextDeltaEvent",
    "TextDoneEvent",
    "TextExtendedConfig",
    "TooManyRequestsResponse",
    "TooManyRequestsResponseErrorData",
    "ToolCallStatus",
    "ToolChoiceAllowed",
    "TopProviderInfo",
    "TraceConfig",
    "Truncation",
    "TruncationTruncation",
    "URLCitation",
    "UnauthorizedResponse",
    "UnauthorizedResponseErrorData",
    "UnprocessableEntityResponse",
    "UnprocessableEntityResponseErrorData",
    "UpdateGuardrailRequest",
    "UpdateGuardrailResponse",
    "Usage",
    "Usage2",
    "UsageAnthropicUsage",
    "UsageAnthropicUsageCostDetails",
    "UsageCostDetails",
    "UsageModel",
    "WebSearchCallCompletedEvent",
    "WebSearchCallInProgressEvent",
    "WebSearchCallSearchingEvent",
    "WebSearchConfig",
    "WebSearchDomainFilter",
    "WebSearchEngine",
    "WebSearchEngineEnum",
    "WebSearchPlugin",
    "WebSearchServerTool",
    "WebSearchServerToolOpenRouter",
    "WebSearchServerToolOpenRouterParameters",
    "WebSearchSource",
    "WebSearchStatus",
    "WebSearchUserLocation",
    "WebSearchUserLocationServerTool",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module("." + module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
