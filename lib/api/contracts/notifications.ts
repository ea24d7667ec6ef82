import {
  listNotificationsQuerySchema,
  markNotificationsReadSchema,
  markReadResponseSchema,
  notificationResponseSchema,
  unreadCountResponseSchema,
} from '@/lib/validation/notifications';
import { pageOf } from '@/lib/validation/responses';
import { defineContract } from '../contract';

export const listNotifications = defineContract({
  operationId: 'listNotifications',
  method: 'GET',
  path: '/api/v1/notifications',
  tag: 'notifications',
  summary: "The caller's inbox, newest first; unread=true for unread only",
  query: listNotificationsQuerySchema,
  response: { status: 200, content: { 'application/json': pageOf(notificationResponseSchema) } },
});

export const getUnreadNotificationCount = defineContract({
  operationId: 'getUnreadNotificationCount',
  method: 'GET',
  path: '/api/v1/notifications/unread-count',
  tag: 'notifications',
  summary: "How many of the caller's notifications are unread",
  response: { status: 200, content: { 'application/json': unreadCountResponseSchema } },
});

export const markNotificationsRead = defineContract({
  operationId: 'markNotificationsRead',
  method: 'POST',
  path: '/api/v1/notifications/read',
  tag: 'notifications',
  summary: "Mark the caller's notifications read: {ids: [...]} (up to 200; others' ids are ignored) or {all: true}",
  body: { content: { 'application/json': markNotificationsReadSchema } },
  response: { status: 200, content: { 'application/json': markReadResponseSchema } },
});
